import type { SiteAdapter } from '../types';

const adapter: SiteAdapter = {
  id: 'lemonde',
  name: 'Le Monde',
  country: 'FR',
  hosts: ['lemonde.fr'],
  articlePaths: ['/article/\\d{4}/\\d{2}/\\d{2}/.+'],
  body: '.article__content',
  strip: ['.inread', '.catcher', '.article__siblings'],
  lang: 'fr',
};

export default adapter;
