import { analyzePage } from '../article';
import { send } from '../messaging/client';
import { sendableUrl } from './page-url';
import { canFrameSidebar, settingsForUrl } from '../sites';
import type { EarlyStart } from './early-sidebar';
import { showSidebarUi } from './sidebar-ui';

/**
 * The content-script pipeline for one page state: decide whether this is an article (cheaply, and
 * stop there if not), read its metadata and text, let the background extract and match it (off the
 * page's thread, so the page never waits on it), and show the sidebar meanwhile.
 * `early` is what the script set up before the document was parsed (./early-sidebar.ts), for this URL.
 * Returns a function that removes what it added, or null when the page is not an article (or the site
 * is switched off); never throws into the page.
 */
export async function runOnPage(early: EarlyStart | null = null): Promise<(() => void) | null> {
  const url = sendableUrl(location.href);
  const ready = early?.url === url ? early : null;
  // A sidebar mounted early that this run does not show is not left behind.
  if (early && !ready) early.sidebar?.remove();
  try {
    const settings = ready?.settings ?? (await settingsForUrl(url));
    const { detection, article, body } = settings.enabled ? analyzePage(document, url) : { detection: null, article: null, body: null };
    if (!detection?.isArticle || !article) {
      ready?.sidebar?.remove();
      return null;
    }
    const analysis = send('content/analyze', { url, detection, article });
    // Where the sidebar cannot be framed (a reader-added site in Chrome), the popup and side panel show it.
    if (!canFrameSidebar(url)) {
      await analysis;
      return () => {};
    }
    // The frame goes up at once and waits for the background's answer itself: the reader sees the
    // sidebar while the article is still being matched.
    const removeUi = await showSidebarUi(article.text, body, settings.openMode, ready?.sidebar ?? undefined);
    await analysis.catch((e: unknown) => console.warn('Backstory:', e));
    return removeUi;
  } catch (e) {
    console.warn('Backstory:', e);
    ready?.sidebar?.remove();
    return null;
  }
}
