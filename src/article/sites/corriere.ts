import type { SiteAdapter } from '../types';

const adapter: SiteAdapter = {
  id: 'corriere',
  name: 'Corriere della Sera',
  country: 'IT',
  hosts: ['corriere.it'],
  // /esteri/24_marzo_05/slug-uuid.shtml
  articlePaths: ['^/(?:[a-z-]+/)+\\d{2}_[a-z]+_\\d{2}/.+\\.shtml$'],
  lang: 'it',
};

export default adapter;
