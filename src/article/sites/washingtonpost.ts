import type { SiteAdapter } from '../types';

const adapter: SiteAdapter = {
  id: 'washingtonpost',
  name: 'The Washington Post',
  country: 'US',
  hosts: ['washingtonpost.com'],
  articlePaths: ['/\\d{4}/\\d{2}/\\d{2}/.+'],
  body: '.article-body',
  strip: ['[data-qa="article-body-ad"]', '.interstitial-link'],
  lang: 'en',
};

export default adapter;
