import type { SiteAdapter } from '../types';

/** One site in many languages (/en/, /de/, /ru/...): the page's own lang attribute decides. */
const adapter: SiteAdapter = {
  id: 'dw',
  name: 'Deutsche Welle',
  country: 'DE',
  hosts: ['dw.com'],
  // /en/slug/a-68432109
  articlePaths: ['^/[a-z]{2}(?:-[a-z]{2,4})?/[^/]+/a-\\d+$'],
};

export default adapter;
