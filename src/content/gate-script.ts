/**
 * The gate: the manifest's content script in every page of a supported site. Most such pages are no
 * articles, and every byte and function call here costs each of them, so it is built apart from WXT's
 * entrypoints (scripts/lib/gate-build.ts), without WXT's script runtime or the webextension polyfill:
 * it reads the address, and imports the full content script only where it may be an article's.
 */
import type { Browser } from '@wxt-dev/browser';
import type { ArticleUrlTable } from '../article/gate';
import { CONTENT_SCRIPT, NAVIGATED_FROM } from '../sites/script-files';
import { loadWhenArticle } from './article-watch';

/** The adapters' hosts and article URLs, written in at build time. */
declare const __ARTICLE_URLS__: ArticleUrlTable;

loadWhenArticle(__ARTICLE_URLS__, (previousTitle) => {
  // The extension API is looked up only here: its first use in a page costs about half a millisecond.
  const g = globalThis as unknown as Record<string, unknown> & { browser?: typeof Browser; chrome: typeof Browser };
  const api = g.browser?.runtime?.id ? g.browser : g.chrome;
  // An orphaned gate (the extension was updated or removed since the page loaded) loads nothing.
  if (!api.runtime?.id) return;
  if (previousTitle !== null) g[NAVIGATED_FROM] = previousTitle;
  import(/* @vite-ignore */ api.runtime.getURL(`/${CONTENT_SCRIPT}`)).catch((e: unknown) => console.warn('Backstory:', e));
});
