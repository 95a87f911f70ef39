import type { SiteAdapter } from '../types';

const adapter: SiteAdapter = {
  id: 'cbc',
  name: 'CBC News',
  country: 'CA',
  hosts: ['cbc.ca'],
  // /news/canada/toronto/slug-1.7133456
  articlePaths: ['^/news/(?:[a-z-]+/)*[a-z0-9-]+-1\\.\\d+$'],
  body: '.story',
  strip: ['.similarToThisStory', '.relatedLinks', '.ad-risingstar'],
  lang: 'en-CA',
};

export default adapter;
