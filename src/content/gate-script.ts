/**
 * A site's gate: the manifest's content script in the pages of one supported site whose address its
 * article URL globs accept (src/article/article-globs.ts; every page of a site whose patterns no glob can
 * say). The globs are wider than the patterns, so some such pages are no articles, and every byte and
 * function call here costs each of them: it is built apart from WXT's entrypoints, once per site with
 * that site's pattern written in (scripts/lib/gate-build.ts), without WXT's script runtime or the
 * webextension polyfill. It tests the path against the exact pattern, imports the full content script where it may be an article's, and otherwise stops: it does
 * not watch the address, as a single-page site's later move to an article is seen by the background
 * (src/background/history-navigations.ts), which loads the full script then.
 */
import type { Browser } from '@wxt-dev/browser';
import { mayBeArticlePath, type GatePattern } from '../article/gate';
import { CONTENT_SCRIPT, CONTENT_SCRIPT_MARK } from '../sites/script-files';

/** The site's article path pattern, written in at build time. */
declare const __ARTICLE_PATHS__: GatePattern;

if (mayBeArticlePath(location, __ARTICLE_PATHS__)) {
  // The extension API is looked up only here: its first use in a page costs about half a millisecond.
  const g = globalThis as unknown as Record<string, unknown> & { browser?: typeof Browser; chrome: typeof Browser };
  const api = g.browser?.runtime?.id ? g.browser : g.chrome;
  // An orphaned gate (the extension was updated or removed since the page loaded) loads nothing.
  if (api.runtime?.id) {
    // The page may finish loading before the import does: the background then must not load a second copy.
    g[CONTENT_SCRIPT_MARK] = 'loading';
    import(/* @vite-ignore */ api.runtime.getURL(`/${CONTENT_SCRIPT}`)).catch((e: unknown) => {
      delete g[CONTENT_SCRIPT_MARK];
      console.warn('Backstory:', e);
    });
  }
}
