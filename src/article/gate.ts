import { pathOf } from './article-urls';
import type { SiteAdapter } from './types';

/**
 * The gate's table: a line for each host of a supported site, "host pattern", where the pattern
 * matches all of that site's article paths (empty where the site has none, so every page of it goes on
 * to full detection). Built at build time. One string rather than an object: the gate evaluates it on
 * every page, and a string literal costs nothing to create, where an object of fifty entries does.
 */
export type ArticleUrlTable = string;

export function articleUrlTable(adapters: readonly Pick<SiteAdapter, 'hosts' | 'articlePaths'>[]): ArticleUrlTable {
  let table = '\n';
  for (const { hosts, articlePaths = [] } of adapters) {
    const pattern = articlePaths.map((source) => `(?:${source})`).join('|');
    if (pattern.includes('\n')) throw new Error(`an article path of ${hosts[0]} has a line break`);
    for (const host of hosts) table += `${host} ${pattern}\n`;
  }
  return table;
}

/** The table's pattern for `hostname` or the nearest parent domain in it, or null for a host it has not. */
function patternFor(hostname: string, table: ArticleUrlTable): string | null {
  let host = hostname.toLowerCase();
  for (;;) {
    const at = table.indexOf(`\n${host} `);
    if (at >= 0) {
      const start = at + host.length + 2;
      return table.slice(start, table.indexOf('\n', start));
    }
    const dot = host.indexOf('.');
    if (dot < 0) return null;
    host = host.slice(dot + 1);
  }
}

/**
 * The first look at a page of a supported site whose address its article URL globs let in (they are
 * wider than the patterns), cheap enough for every such page: false where the address is outside the
 * site's article URLs, so the full content script is loaded only where it may be needed. It reads the address alone: looking into the page (its JSON-LD, as detection's first step
 * does) costs more than the page's whole budget in a fresh content-script world, so an article at an
 * address the site's adapter does not know is read when the reader asks for it from the popup.
 * Never throws; where the address cannot be read, full detection decides.
 */
export function mayBeArticleUrl(where: Pick<URL, 'hostname' | 'pathname'>, table: ArticleUrlTable): boolean {
  try {
    const pattern = patternFor(where.hostname, table);
    return !pattern || new RegExp(pattern).test(pathOf(where));
  } catch {
    return true;
  }
}
