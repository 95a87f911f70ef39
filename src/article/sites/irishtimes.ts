import type { SiteAdapter } from '../types';

const adapter: SiteAdapter = {
  id: 'irishtimes',
  name: 'The Irish Times',
  country: 'IE',
  hosts: ['irishtimes.com'],
  // /ireland/housing-planning/2024/03/05/slug/
  articlePaths: ['^/(?:[a-z-]+/)+\\d{4}/\\d{2}/\\d{2}/.+'],
  lang: 'en-IE',
};

export default adapter;
