import type { SiteAdapter } from '../types';

const adapter: SiteAdapter = {
  id: 'elpais',
  name: 'El País',
  hosts: ['elpais.com'],
  articlePaths: ['/\\d{4}-\\d{2}-\\d{2}/.+\\.html'],
  lang: 'es',
};

export default adapter;
