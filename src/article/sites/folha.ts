import type { SiteAdapter } from '../types';

const adapter: SiteAdapter = {
  id: 'folha',
  name: 'Folha de S.Paulo',
  country: 'BR',
  hosts: ['folha.uol.com.br'],
  // www1.folha.uol.com.br/mundo/2024/03/slug.shtml
  articlePaths: ['^/[a-z-]+/\\d{4}/\\d{2}/[a-z0-9-]+\\.shtml$'],
  body: '.c-news__body',
  byline: '.c-signature__author',
  strip: ['.c-more-news', '.c-newsletter', '.c-advertising'],
  lang: 'pt-BR',
};

export default adapter;
