import type { SiteAdapter } from '../types';

const adapter: SiteAdapter = {
  id: 'buzzfeednews',
  name: 'BuzzFeed News',
  country: 'US',
  hosts: ['buzzfeednews.com', 'buzzfeed.com'],
  articlePaths: ['^/article/', '^/[a-z0-9_-]+/[a-z0-9-]+'],
  lang: 'en',
};

export default adapter;
