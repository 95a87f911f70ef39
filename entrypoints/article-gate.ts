import { browser } from '@wxt-dev/browser';
import { CONTENT_SCRIPT } from '../src/sites/script-files';
import { loadWhenArticle } from '../src/content/article-watch';
import type { SiteUrls } from '../src/article/gate';

// The manifest's content script (see wxt.config.ts). Most pages of a news site are no articles, so
// this one is kept to a few KB, without the webextension polyfill or WXT's content-script runtime,
// and brings in the full content script only where the page may be an article. Its table of sites
// (__SITE_URLS__, defined at build time in wxt.config.ts) is the adapters' hosts and article URLs only.
declare const __SITE_URLS__: SiteUrls[];
export default defineUnlistedScript(() => {
  loadWhenArticle(
    __SITE_URLS__,
    () => void import(/* @vite-ignore */ browser.runtime.getURL(`/${CONTENT_SCRIPT}`)).catch((e) => console.warn('Backstory:', e)),
    () => browser.runtime?.id !== undefined,
  );
});
