import type { SiteAdapter } from '../types';

const adapter: SiteAdapter = {
  id: 'politico',
  name: 'Politico',
  country: 'US',
  hosts: ['politico.com', 'politico.eu'],
  // politico.com/news/2024/03/05/slug-00145123, politico.eu/article/slug/
  articlePaths: ['^/news/(?:magazine/)?\\d{4}/\\d{2}/\\d{2}/.+', '^/article/[a-z0-9-]+'],
  body: '.story-text',
  strip: ['.story-enhancement', '.story-related'],
  lang: 'en',
};

export default adapter;
