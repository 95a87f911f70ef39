import type { SiteAdapter } from '../types';

const adapter: SiteAdapter = {
  id: 'scmp',
  name: 'South China Morning Post',
  country: 'HK',
  hosts: ['scmp.com'],
  // /news/china/politics/article/3254321/slug
  articlePaths: ['/article/\\d+/'],
  lang: 'en',
};

export default adapter;
