import type { SiteAdapter } from '../types';

const adapter: SiteAdapter = {
  id: 'novayagazeta',
  name: 'Novaya Gazeta',
  country: 'RU',
  hosts: ['novayagazeta.ru', 'novayagazeta.eu'],
  articlePaths: ['^/articles/\\d{4}/\\d{2}/\\d{2}/.+'],
  lang: 'ru',
};

export default adapter;
