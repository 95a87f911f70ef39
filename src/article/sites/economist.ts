import type { SiteAdapter } from '../types';

const adapter: SiteAdapter = {
  id: 'economist',
  name: 'The Economist',
  country: 'GB',
  hosts: ['economist.com'],
  // /europe/2024/03/05/slug
  articlePaths: ['^/[a-z0-9-]+/\\d{4}/\\d{2}/\\d{2}/.+'],
  strip: ['[data-test-id="newsletter-signup"]', '[data-test-id="related-content"]'],
  lang: 'en-GB',
};

export default adapter;
