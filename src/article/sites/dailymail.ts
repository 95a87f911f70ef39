import type { SiteAdapter } from '../types';

const adapter: SiteAdapter = {
  id: 'dailymail',
  name: 'Daily Mail',
  country: 'GB',
  hosts: ['dailymail.co.uk'],
  // /news/article-13162345/slug.html
  articlePaths: ['/article-\\d+/[^/]+\\.html$'],
  body: '[itemprop="articleBody"]',
  byline: '.author-section .author',
  strip: ['.mol-factbox', '.related-carousel', '.artSplitter', '.mol-ads-cmp'],
  lang: 'en-GB',
};

export default adapter;
