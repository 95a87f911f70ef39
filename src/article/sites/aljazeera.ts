import type { SiteAdapter } from '../types';

const adapter: SiteAdapter = {
  id: 'aljazeera',
  name: 'Al Jazeera',
  country: 'QA',
  hosts: ['aljazeera.com'],
  articlePaths: ['^/(?:news|features|opinions|economy)/\\d{4}/\\d{1,2}/\\d{1,2}/.+'],
  body: '.wysiwyg',
  byline: '.article-author-name-item a',
  strip: ['.more-on', '.sib-container'],
  lang: 'en',
};

export default adapter;
