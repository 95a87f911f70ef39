import type { SiteAdapter } from '../types';

const adapter: SiteAdapter = {
  id: 'ft',
  name: 'Financial Times',
  country: 'GB',
  hosts: ['ft.com'],
  // /content/<uuid>
  articlePaths: ['^/content/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'],
  body: '.article__content-body',
  strip: ['.n-content-recommended', '.o-ads'],
  lang: 'en-GB',
};

export default adapter;
