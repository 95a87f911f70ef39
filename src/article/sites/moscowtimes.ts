import type { SiteAdapter } from '../types';

const adapter: SiteAdapter = {
  id: 'moscowtimes',
  name: 'The Moscow Times',
  country: 'NL',
  hosts: ['themoscowtimes.com'],
  // /2024/03/05/slug-a84321
  articlePaths: ['^/\\d{4}/\\d{2}/\\d{2}/.+'],
  body: '.article__content',
  strip: ['.article__tags', '.related-article', '.banner'],
  lang: 'en',
};

export default adapter;
