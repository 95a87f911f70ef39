import type { SiteAdapter } from '../types';

const adapter: SiteAdapter = {
  id: 'haaretz',
  name: 'Haaretz',
  country: 'IL',
  hosts: ['haaretz.com', 'haaretz.co.il'],
  // /israel-news/2024-03-05/ty-article/.premium/slug/0000018e-...
  articlePaths: ['/ty-article(?:-[a-z]+)?/'],
};

export default adapter;
