import type { SiteAdapter } from '../types';

const adapter: SiteAdapter = {
  id: 'bbc',
  name: 'BBC News',
  hosts: ['bbc.co.uk', 'bbc.com'],
  articlePaths: ['^/news/(?:[a-z-]+/)*[a-z-]+-\\d{6,}', '^/(?:[a-z]+/)?articles/'],
  lang: 'en',
};

export default adapter;
