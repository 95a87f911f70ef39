import type { SiteAdapter } from '../types';

const adapter: SiteAdapter = {
  id: 'bloomberg',
  name: 'Bloomberg',
  country: 'US',
  hosts: ['bloomberg.com'],
  // /news/articles/2024-03-05/slug, /opinion/articles/...
  articlePaths: ['^/(?:news|opinion)/(?:articles|features)/\\d{4}-\\d{2}-\\d{2}/.+'],
  lang: 'en',
};

export default adapter;
