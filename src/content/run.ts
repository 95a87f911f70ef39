import { analyzePage } from '../article';
import { send } from '../messaging/client';
import { sendableUrl } from './page-url';
import { canFrameSidebar, settingsForUrl } from '../sites';
import { showSidebarUi } from './sidebar-ui';

/**
 * The content-script pipeline for one page state: decide whether this is an article (cheaply, and
 * stop there if not), read its metadata and text, let the background extract and match it (off the
 * page's thread, so the page never waits on it), and show the sidebar meanwhile.
 * Returns a function that removes what it added, or null when the page is not an article (or the site
 * is switched off); never throws into the page.
 */
export async function runOnPage(): Promise<(() => void) | null> {
  try {
    const url = sendableUrl(location.href);
    const settings = await settingsForUrl(url);
    if (!settings.enabled) return null;
    const { detection, article, body } = analyzePage(document, url);
    if (!detection.isArticle || !article) return null;
    const analysis = send('content/analyze', { url, detection, article });
    // Where the sidebar cannot be framed (a reader-added site in Chrome), the popup and side panel show it.
    if (!canFrameSidebar(url)) {
      await analysis;
      return () => {};
    }
    // The frame goes up at once and waits for the background's answer itself: the reader sees the
    // sidebar while the article is still being matched.
    const removeUi = await showSidebarUi(article.text, body, settings.openMode);
    await analysis.catch((e: unknown) => console.warn('Backstory:', e));
    return removeUi;
  } catch (e) {
    console.warn('Backstory:', e);
    return null;
  }
}
