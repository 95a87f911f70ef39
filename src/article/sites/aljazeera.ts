import type { SiteAdapter } from '../types';

const adapter: SiteAdapter = {
  id: 'aljazeera',
  name: 'Al Jazeera',
  hosts: ['aljazeera.com'],
  articlePaths: ['^/(?:news|features|opinions|economy)/\\d{4}/\\d{1,2}/\\d{1,2}/.+'],
  lang: 'en',
};

export default adapter;
