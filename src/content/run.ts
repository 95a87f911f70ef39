import { analyzePage } from '../article';
import { send } from '../messaging/client';
import { isEnabledForUrl } from '../sites/settings';
import { showSidebarUi } from './sidebar-ui';

/**
 * The content-script pipeline for one page state: decide whether this is an article (cheaply, and
 * stop there if not), read its metadata and text, and let the background extract and match it (off the
 * page's thread, so the page never waits on it); then show the sidebar.
 * Returns a function that removes what it added; never throws into the page.
 */
export async function runOnPage(): Promise<() => void> {
  try {
    const url = location.href;
    if (!(await isEnabledForUrl(url))) return () => {};
    const { detection, article } = analyzePage(document, url);
    if (!detection.isArticle || !article) return () => {};
    await send('content/analyze', { url, detection, article });
    return await showSidebarUi(article.text);
  } catch (e) {
    console.warn('Backstory:', e);
    return () => {};
  }
}
