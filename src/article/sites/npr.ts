import type { SiteAdapter } from '../types';

const adapter: SiteAdapter = {
  id: 'npr',
  name: 'NPR',
  hosts: ['npr.org'],
  articlePaths: ['^/(?:sections/[a-z-]+/)?\\d{4}/\\d{2}/\\d{2}/.+'],
  lang: 'en',
};

export default adapter;
