import type { SiteAdapter } from '../types';

const adapter: SiteAdapter = {
  id: 'france24',
  name: 'France 24',
  country: 'FR',
  hosts: ['france24.com'],
  // /en/europe/20240305-slug
  articlePaths: ['^/[a-z]{2}/(?:[a-z0-9-]+/)*\\d{8}-[a-z0-9-]+'],
  body: '.t-content__body',
  strip: ['.m-em-related', '.o-self-promo'],
};

export default adapter;
