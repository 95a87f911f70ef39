import type { SiteAdapter } from '../types';

const adapter: SiteAdapter = {
  id: 'reuters',
  name: 'Reuters',
  country: 'GB',
  hosts: ['reuters.com'],
  articlePaths: ['^/[a-z-]+/(?:[a-z-]+/)*[a-z0-9-]+-\\d{4}-\\d{2}-\\d{2}/?$', '^/article/'],
  body: '[class*="article-body__content"]',
  strip: ['[data-testid="ReadNextContainer"]', '[class*="ad-slot"]', '[class*="read-next"]'],
  lang: 'en',
};

export default adapter;
