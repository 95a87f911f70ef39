import type { SiteAdapter } from '../types';

const adapter: SiteAdapter = {
  id: 'guardian',
  name: 'The Guardian',
  hosts: ['theguardian.com'],
  articlePaths: ['^/[a-z-]+(?:/[a-z-]+)?/\\d{4}/[a-z]{3}/\\d{2}/.+'],
  lang: 'en',
};

export default adapter;
