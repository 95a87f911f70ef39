import type { SiteAdapter } from '../types';

const adapter: SiteAdapter = {
  id: 'cnn',
  name: 'CNN',
  country: 'US',
  hosts: ['cnn.com'],
  articlePaths: ['^/\\d{4}/\\d{2}/\\d{2}/.+'],
  body: '.article__content',
  byline: '.byline__name',
  strip: ['.related-content', '.ad-feedback-link-container', '.source__footer'],
  lang: 'en',
};

export default adapter;
