import { mayBeArticleUrl, type ArticleUrlTable } from '../article/gate';
import { viewSettled } from './settle';

interface NavigationApi {
  addEventListener(type: 'navigate', listener: () => void): void;
  removeEventListener(type: 'navigate', listener: () => void): void;
}

/**
 * Calls `load` once, when the page's address may be an article's: at once, or after a history
 * navigation to such an address has rendered its view (single-page sites). Until then it only watches
 * the address, with the Navigation API where the browser has it, else by looking every second. Stops
 * when `alive` turns false (the extension was updated or removed and this script is orphaned).
 */
export function loadWhenArticle(table: ArticleUrlTable, load: () => void, alive: () => boolean): void {
  if (mayBeArticleUrl(location, table)) return load();
  const navigation = (globalThis as { navigation?: NavigationApi }).navigation;
  let poll: ReturnType<typeof setInterval> | undefined;
  let settling = false;
  const stop = () => {
    clearInterval(poll);
    navigation?.removeEventListener('navigate', onNavigate);
  };
  // The new address is in place once the navigation's event has been handled, so it is read on the
  // next task. Only an article address waits for its view; whether the extension is still there costs
  // the extension API's first use in the page, so it is asked only then.
  function navigated(previousTitle: string) {
    setTimeout(() => {
      if (settling || !mayBeArticleUrl(location, table)) return;
      settling = true;
      viewSettled(previousTitle).then(loadIfAlive, loadIfAlive);
    }, 0);
  }
  function onNavigate() {
    navigated(document.title);
  }
  function loadIfAlive() {
    stop();
    if (alive()) load();
  }
  if (navigation) {
    navigation.addEventListener('navigate', onNavigate);
  } else {
    let href = location.href;
    // The title of the view at the current address: a new view has rendered once the title differs.
    let title = document.title;
    poll = setInterval(() => {
      if (location.href === href) {
        title = document.title;
        return;
      }
      href = location.href;
      navigated(title);
    }, 1000);
  }
}
