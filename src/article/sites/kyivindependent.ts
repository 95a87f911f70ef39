import type { SiteAdapter } from '../types';

/**
 * Article URLs are a bare slug (/slug/), like some section pages: accept slugs of three or more
 * words and let JSON-LD confirm everything else.
 */
const adapter: SiteAdapter = {
  id: 'kyivindependent',
  name: 'The Kyiv Independent',
  country: 'UA',
  hosts: ['kyivindependent.com'],
  articlePaths: ['^/[a-z0-9]+(?:-[a-z0-9]+){2,}/?$'],
  body: '.gh-content',
  strip: ['.gh-post-upgrade-cta'],
  lang: 'en',
};

export default adapter;
