import type { SiteAdapter } from '../types';

const adapter: SiteAdapter = {
  id: 'guardian',
  name: 'The Guardian',
  country: 'GB',
  hosts: ['theguardian.com'],
  articlePaths: ['^/[a-z-]+(?:/[a-z-]+)?/\\d{4}/[a-z]{3}/\\d{2}/.+'],
  body: '.article-body-commercial-selector',
  strip: ['[data-component="rich-link"]', '.ad-slot-container', '.ad-slot', '[data-spacefinder-role="inline"] .newsletter-promo'],
  lang: 'en',
};

export default adapter;
