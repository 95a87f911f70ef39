import type { SiteAdapter } from '../types';

const adapter: SiteAdapter = {
  id: 'skynews',
  name: 'Sky News',
  country: 'GB',
  hosts: ['news.sky.com'],
  // /story/slug-13087654
  articlePaths: ['^/story/[a-z0-9-]+-\\d+$'],
  body: '.sdc-article-body',
  strip: ['.sdc-article-related-stories', '.sdc-site-video', '.sdc-article-widget'],
  lang: 'en-GB',
};

export default adapter;
