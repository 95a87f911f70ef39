import type { SiteAdapter } from '../types';

const adapter: SiteAdapter = {
  id: 'apnews',
  name: 'Associated Press',
  country: 'US',
  hosts: ['apnews.com'],
  articlePaths: ['^/article/'],
  body: '.RichTextStoryBody',
  byline: '.Page-authors a',
  strip: ['.Enhancement', '.ad-placeholder'],
  lang: 'en',
};

export default adapter;
