import type { SiteAdapter } from '../types';

const adapter: SiteAdapter = {
  id: 'spiegel',
  name: 'Der Spiegel',
  hosts: ['spiegel.de'],
  articlePaths: ['^/[a-z]+/(?:[a-z-]+/)*[a-z0-9-]+-a-[0-9a-f-]+$'],
  lang: 'de',
};

export default adapter;
