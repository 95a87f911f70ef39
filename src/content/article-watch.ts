import { mayBeArticleUrl, type ArticleUrlTable } from '../article/gate';

interface NavigationApi {
  addEventListener(type: 'navigate', listener: () => void): void;
  removeEventListener(type: 'navigate', listener: () => void): void;
}

/**
 * Calls `load` once, when the page's address may be an article's: at once (with null), or after a
 * history navigation to such an address (with the title of the view navigated from, so the full
 * script can wait for the new view to render). Until then it only watches the address, with the
 * Navigation API where the browser has it, else by looking every second.
 */
export function loadWhenArticle(table: ArticleUrlTable, load: (previousTitle: string | null) => void): void {
  if (mayBeArticleUrl(location, table)) return load(null);
  const navigation = (globalThis as { navigation?: NavigationApi }).navigation;
  let poll: ReturnType<typeof setInterval> | undefined;
  let loaded = false;
  // The new address is in place once the navigation's event has been handled: read it on the next task.
  const navigated = (previousTitle: string) =>
    setTimeout(() => {
      if (loaded || !mayBeArticleUrl(location, table)) return;
      loaded = true;
      clearInterval(poll);
      navigation?.removeEventListener('navigate', onNavigate);
      load(previousTitle);
    }, 0);
  const onNavigate = () => navigated(document.title);
  if (navigation) {
    navigation.addEventListener('navigate', onNavigate);
    return;
  }
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
