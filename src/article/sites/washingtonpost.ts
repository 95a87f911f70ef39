import type { SiteAdapter } from '../types';

const adapter: SiteAdapter = {
  id: 'washingtonpost',
  name: 'The Washington Post',
  hosts: ['washingtonpost.com'],
  articlePaths: ['/\\d{4}/\\d{2}/\\d{2}/.+'],
  lang: 'en',
};

export default adapter;
