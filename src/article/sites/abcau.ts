import type { SiteAdapter } from '../types';

const adapter: SiteAdapter = {
  id: 'abcau',
  name: 'ABC News (Australia)',
  country: 'AU',
  hosts: ['abc.net.au'],
  // /news/2024-03-05/slug/103543210
  articlePaths: ['^/news/\\d{4}-\\d{2}-\\d{2}/[a-z0-9-]+/\\d+'],
  lang: 'en-AU',
};

export default adapter;
