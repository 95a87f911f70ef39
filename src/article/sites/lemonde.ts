import type { SiteAdapter } from '../types';

const adapter: SiteAdapter = {
  id: 'lemonde',
  name: 'Le Monde',
  hosts: ['lemonde.fr'],
  articlePaths: ['/article/\\d{4}/\\d{2}/\\d{2}/.+'],
  lang: 'fr',
};

export default adapter;
