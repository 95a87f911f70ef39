import type { SiteAdapter } from '../types';

const adapter: SiteAdapter = {
  id: 'bbc',
  name: 'BBC News',
  country: 'GB',
  hosts: ['bbc.co.uk', 'bbc.com'],
  articlePaths: ['^/news/(?:[a-z-]+/)*[a-z-]+-\\d{6,}', '^/(?:[a-z]+/)?articles/'],
  body: 'main article',
  byline: '[data-testid="byline-new-contributors"] span:first-child',
  strip: ['[data-component="links-block"]', '[data-component="tag-list"]', '[data-component="image-block"]', '[data-component="byline-block"]'],
  lang: 'en',
};

export default adapter;
