import type { SiteAdapter } from '../types';

/** Meduza is a single-page app: its pages are rendered on history navigation (see src/content/run.ts). */
const adapter: SiteAdapter = {
  id: 'meduza',
  name: 'Meduza',
  country: 'LV',
  hosts: ['meduza.io'],
  // /feature/2024/03/05/slug, /en/news/2024/03/05/slug
  articlePaths: ['^/(?:en/)?(?:news|feature|shapito|paragraph|slides|cards)/\\d{4}/\\d{2}/\\d{2}/.+'],
  lang: 'ru',
};

export default adapter;
