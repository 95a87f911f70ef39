import type { SiteAdapter } from '../types';

const adapter: SiteAdapter = {
  id: 'npr',
  name: 'NPR',
  country: 'US',
  hosts: ['npr.org'],
  articlePaths: ['^/(?:sections/[a-z-]+/)?\\d{4}/\\d{2}/\\d{2}/.+'],
  body: '#storytext',
  byline: '.byline__name',
  strip: ['.bucketwrap', '.enlarge-options'],
  lang: 'en',
};

export default adapter;
