import { matchesArticlePath, pathOf } from './article-urls';
import { qa } from './dom';
import { readJsonLd } from './jsonld';
import { siteForHost } from './sites';
import type { SiteAdapter } from './types';

/** What the gate needs of a supported site. */
export type SiteUrls = Pick<SiteAdapter, 'hosts' | 'articlePaths'>;

/** The gate's table: the adapters' hosts and article URL patterns, nothing else of them. */
export const siteUrls = (adapters: readonly SiteAdapter[]): SiteUrls[] => adapters.map(({ hosts, articlePaths }) => ({ hosts, articlePaths }));

/**
 * The first look at a page of a supported site, cheap enough for every page: false exactly where
 * detect() gives up at its first step (a path outside the site's article URLs and no article in the
 * JSON-LD), so the full content script is loaded only where it may be needed. Without a document
 * (the page is not parsed yet) it decides from the address alone. Never throws.
 */
export function mayBeArticle(doc: Document | null, where: Pick<URL, 'hostname' | 'pathname'>, sites: readonly SiteUrls[]): boolean {
  try {
    const site = siteForHost(where.hostname, sites);
    if (!site?.articlePaths?.length) return true;
    if (matchesArticlePath(site, pathOf(where))) return true;
    if (!doc) return false;
    // Only typed scripts can be JSON-LD; asking for them alone spares wrapping every script of the page.
    return readJsonLd(doc, true, qa(doc, 'script[type]')).kind === 'article';
  } catch {
    return true;
  }
}
