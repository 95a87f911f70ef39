import type { SiteAdapter } from '../types';

const adapter: SiteAdapter = {
  id: 'nrc',
  name: 'NRC',
  country: 'NL',
  hosts: ['nrc.nl'],
  // /nieuws/2024/03/05/slug-a4191234
  articlePaths: ['^/nieuws/\\d{4}/\\d{2}/\\d{2}/.+'],
  lang: 'nl',
};

export default adapter;
