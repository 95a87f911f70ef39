import type { SiteAdapter } from '../types';

const adapter: SiteAdapter = {
  id: 'independent',
  name: 'The Independent',
  country: 'GB',
  hosts: ['independent.co.uk'],
  articlePaths: ['-[a-z0-9]+\\.html$', '/news/.+-\\d+\\.html$'],
  lang: 'en',
};

export default adapter;
