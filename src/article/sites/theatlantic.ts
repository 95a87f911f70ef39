import type { SiteAdapter } from '../types';

const adapter: SiteAdapter = {
  id: 'theatlantic',
  name: 'The Atlantic',
  country: 'US',
  hosts: ['theatlantic.com'],
  // /politics/archive/2024/03/slug/677654/
  articlePaths: ['^/[a-z-]+/archive/\\d{4}/\\d{2}/[a-z0-9-]+/\\d+'],
  lang: 'en',
};

export default adapter;
