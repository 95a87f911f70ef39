import { pathOf } from './article-urls';
import { matchesPathDfa, type PathDfa } from './path-dfa';

/**
 * What a site's gate tests the address with, written into it at build time: the site's article path
 * patterns compiled into an automaton (path-pattern.ts, path-dfa.ts); their source where they cannot be read so (then a RegExp);
 * null for a site with none (every page of it goes on to full detection).
 */
export type GatePattern = PathDfa | string | null;

/**
 * The first look at a page of a supported site whose address its article URL globs let in (they are
 * wider than the patterns), cheap enough for every such page: false where the path is outside the
 * site's article URLs, so the full content script is loaded only where it may be needed. It reads the
 * address alone: looking into the page (its JSON-LD, as detection's first step does) costs more than the
 * page's whole budget in a fresh content-script world, so an article at an address the site's adapter
 * does not know is read when the reader asks for it from the popup. Never throws; where the address
 * cannot be read, full detection decides.
 */
export function mayBeArticlePath(where: Pick<URL, 'pathname'>, pattern: GatePattern): boolean {
  try {
    if (pattern === null) return true;
    const path = pathOf(where);
    return typeof pattern === 'string' ? new RegExp(pattern).test(path) : matchesPathDfa(pattern, path);
  } catch {
    return true;
  }
}
