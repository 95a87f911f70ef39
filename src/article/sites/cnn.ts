import type { SiteAdapter } from '../types';

const adapter: SiteAdapter = {
  id: 'cnn',
  name: 'CNN',
  hosts: ['cnn.com'],
  articlePaths: ['^/\\d{4}/\\d{2}/\\d{2}/.+'],
  lang: 'en',
};

export default adapter;
