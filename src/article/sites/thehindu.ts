import type { SiteAdapter } from '../types';

const adapter: SiteAdapter = {
  id: 'thehindu',
  name: 'The Hindu',
  country: 'IN',
  hosts: ['thehindu.com'],
  // /news/national/slug/article67912345.ece
  articlePaths: ['/article\\d+\\.ece$'],
  body: '.articlebodycontent',
  strip: ['.related-topics', '.articleblock-container', '.also-read'],
  lang: 'en',
};

export default adapter;
