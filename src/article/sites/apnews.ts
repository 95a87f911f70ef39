import type { SiteAdapter } from '../types';

const adapter: SiteAdapter = {
  id: 'apnews',
  name: 'Associated Press',
  hosts: ['apnews.com'],
  articlePaths: ['^/article/'],
  lang: 'en',
};

export default adapter;
