import type { SiteAdapter } from '../types';

const adapter: SiteAdapter = {
  id: 'elpais',
  name: 'El País',
  country: 'ES',
  hosts: ['elpais.com'],
  articlePaths: ['/\\d{4}-\\d{2}-\\d{2}/.+\\.html'],
  body: '[data-dtm-region="articulo_cuerpo"]',
  strip: ['.a_ei', '.a_ad'],
  lang: 'es',
};

export default adapter;
