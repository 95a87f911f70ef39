import type { SiteAdapter } from '../types';

const adapter: SiteAdapter = {
  id: 'latimes',
  name: 'Los Angeles Times',
  country: 'US',
  hosts: ['latimes.com'],
  // /california/story/2024-03-05/slug
  articlePaths: ['/story/\\d{4}-\\d{2}-\\d{2}/.+'],
  body: '.rich-text-article-body',
  strip: ['.enhancement', '.newsletter-promo'],
  lang: 'en',
};

export default adapter;
