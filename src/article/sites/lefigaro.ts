import type { SiteAdapter } from '../types';

const adapter: SiteAdapter = {
  id: 'lefigaro',
  name: 'Le Figaro',
  country: 'FR',
  hosts: ['lefigaro.fr'],
  // /international/slug-20240305
  articlePaths: ['^/(?:[a-z0-9-]+/)+[a-z0-9-]+-\\d{8}$'],
  body: '.fig-body',
  strip: ['.fig-premium-paywall', '.fig-body-link', '.fig-ad-content'],
  lang: 'fr',
};

export default adapter;
