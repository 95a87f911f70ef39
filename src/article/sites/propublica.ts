import type { SiteAdapter } from '../types';

const adapter: SiteAdapter = {
  id: 'propublica',
  name: 'ProPublica',
  country: 'US',
  hosts: ['propublica.org'],
  articlePaths: ['^/article/[a-z0-9-]+'],
  body: '.article-body',
  strip: ['.newsletter-in-article', '.bb-callout'],
  lang: 'en',
};

export default adapter;
