import type { SiteAdapter } from '../types';

const adapter: SiteAdapter = {
  id: 'spiegel',
  name: 'Der Spiegel',
  country: 'DE',
  hosts: ['spiegel.de'],
  articlePaths: ['^/[a-z]+/(?:[a-z-]+/)*[a-z0-9-]+-a-[0-9a-f-]+$'],
  body: '[data-area="body"]',
  strip: ['[data-area="related_articles"]', '[data-area="ad"]', '[data-area="paywall"]'],
  lang: 'de',
};

export default adapter;
