import type { SiteAdapter } from '../types';

const adapter: SiteAdapter = {
  id: 'huffpost',
  name: 'HuffPost',
  country: 'US',
  hosts: ['huffpost.com', 'huffingtonpost.co.uk'],
  // /entry/slug_n_65e7a1b2e4b0
  articlePaths: ['^/entry/[^/]+'],
  strip: ['.cli-related-articles', '.connatix-wrapper'],
  lang: 'en',
};

export default adapter;
