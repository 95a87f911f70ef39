/** A site's article URLs: shared by detection, by the gate and by the background's watch for single-page sites' navigations. */
import type { SiteAdapter } from './types';

/** The URL's path, percent-decoded where it decodes ("/" for no URL). */
export function pathOf(parsedUrl: Pick<URL, 'pathname'> | null): string {
  if (!parsedUrl) return '/';
  try {
    return decodeURIComponent(parsedUrl.pathname);
  } catch {
    return parsedUrl.pathname;
  }
}

const regexCache = new Map<string, RegExp | null>();
function compiled(source: string): RegExp | null {
  let re = regexCache.get(source);
  if (re === undefined) {
    try {
      re = new RegExp(source);
    } catch {
      re = null;
    }
    regexCache.set(source, re);
  }
  return re;
}

export function matchesArticlePath(adapter: Pick<SiteAdapter, 'articlePaths'>, path: string): boolean {
  return (adapter.articlePaths ?? []).some((src) => compiled(src)?.test(path) ?? false);
}
