import type { SiteAdapter } from '../types';

const adapter: SiteAdapter = {
  id: 'nytimes',
  name: 'The New York Times',
  country: 'US',
  hosts: ['nytimes.com'],
  articlePaths: ['^/\\d{4}/\\d{2}/\\d{2}/.+\\.html'],
  body: 'section[name="articleBody"]',
  strip: ['[data-testid="StandardAd"]', '.ad', '[data-testid="photoviewer-wrapper"]', '.bottom-of-article'],
  lang: 'en',
};

export default adapter;
