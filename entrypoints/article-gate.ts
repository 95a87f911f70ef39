import type { Browser } from '@wxt-dev/browser';
import { CONTENT_SCRIPT } from '../src/sites/script-files';
import { loadWhenArticle } from '../src/content/article-watch';
import type { ArticleUrlTable } from '../src/article/gate';

// The manifest's content script (see wxt.config.ts). Most pages of a news site are no articles, so
// this one is kept to a few KB, without the webextension polyfill or WXT's content-script runtime,
// and brings in the full content script only where the address may be an article's. Its table
// (__ARTICLE_URLS__, defined at build time in wxt.config.ts) is the adapters' hosts and article URLs only.
declare const __ARTICLE_URLS__: ArticleUrlTable;

// The extension API, looked up only when it is needed (as @wxt-dev/browser does, but not at start):
// its first use in a page costs about half a millisecond, which pages that are no articles never pay.
function extensionApi(): typeof Browser {
  const g = globalThis as unknown as { browser?: typeof Browser; chrome: typeof Browser };
  return g.browser?.runtime?.id ? g.browser : g.chrome;
}

export default defineUnlistedScript(() => {
  loadWhenArticle(
    __ARTICLE_URLS__,
    () => void import(/* @vite-ignore */ extensionApi().runtime.getURL(`/${CONTENT_SCRIPT}`)).catch((e) => console.warn('Backstory:', e)),
    () => extensionApi().runtime?.id !== undefined,
  );
});
