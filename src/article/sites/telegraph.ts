import type { SiteAdapter } from '../types';

const adapter: SiteAdapter = {
  id: 'telegraph',
  name: 'The Telegraph',
  country: 'GB',
  hosts: ['telegraph.co.uk'],
  // /news/2024/03/05/slug/
  articlePaths: ['^/(?:[a-z-]+/)+\\d{4}/\\d{2}/\\d{2}/.+'],
  lang: 'en-GB',
};

export default adapter;
