import { mayBeArticle, type SiteUrls } from '../article/gate';
import { viewSettled } from './settle';

interface NavigationApi {
  addEventListener(type: 'navigate', listener: () => void): void;
  removeEventListener(type: 'navigate', listener: () => void): void;
}

/**
 * Calls `load` once, when the page may be an article: at once (an article URL), when the page has
 * been parsed (article JSON-LD), when it has loaded (sites that render the article with scripts), or
 * when a history navigation has rendered another view (single-page sites). Until then it only watches
 * the address, as the full script would: with the Navigation API where the browser has it, else by
 * looking every second. Stops when `alive` turns false (the extension was updated or removed and this
 * script is orphaned).
 */
export function loadWhenArticle(sites: readonly SiteUrls[], load: () => void, alive: () => boolean): void {
  const navigation = (globalThis as { navigation?: NavigationApi }).navigation;
  let loaded = false;
  let href = location.href;
  let title = document.title;
  let poll: ReturnType<typeof setInterval> | undefined;
  const stop = () => {
    clearInterval(poll);
    navigation?.removeEventListener('navigate', navigated);
    document.removeEventListener('DOMContentLoaded', look);
    removeEventListener('load', look);
  };
  // The looks while the page loads need no check that the extension is still there (it was a moment
  // ago, and the check costs the extension API's first use in the page); after a navigation, which
  // can come hours later, an orphaned script stops instead.
  function look() {
    if (loaded) return;
    title = document.title;
    // Before the page is parsed its JSON-LD is not there yet: the address alone decides this look.
    if (!mayBeArticle(document.readyState === 'loading' ? null : document, location, sites)) return;
    loaded = true;
    stop();
    load();
  }
  function navigated() {
    viewSettled(title).then(lookIfAlive, lookIfAlive);
  }
  function lookIfAlive() {
    if (alive()) look();
    else stop();
  }
  // At document_start an article URL is enough to start the import, which then runs while the page
  // parses; any other page is looked at again once parsed, and once loaded.
  look();
  if (loaded) return;
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', look, { once: true });
  if (document.readyState !== 'complete') addEventListener('load', look, { once: true });
  if (navigation) {
    navigation.addEventListener('navigate', navigated);
  } else {
    poll = setInterval(() => {
      if (location.href === href) return;
      href = location.href;
      navigated();
    }, 1000);
  }
}
