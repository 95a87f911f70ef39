import type { SiteAdapter } from '../types';

const adapter: SiteAdapter = {
  id: 'axios',
  name: 'Axios',
  country: 'US',
  hosts: ['axios.com'],
  // /2024/03/05/slug, /local/denver/2024/03/05/slug
  articlePaths: ['^/(?:local/[a-z-]+/)?\\d{4}/\\d{2}/\\d{2}/.+'],
  lang: 'en',
};

export default adapter;
