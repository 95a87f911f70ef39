import type { SiteAdapter } from '../types';

const adapter: SiteAdapter = {
  id: 'pinknews',
  name: 'PinkNews',
  country: 'GB',
  hosts: ['pinknews.co.uk', 'thepinknews.com'],
  articlePaths: ['^/\\d{4}/\\d{2}/\\d{2}/.+'],
  lang: 'en',
};

export default adapter;
