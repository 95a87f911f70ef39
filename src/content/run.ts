import { openArticle } from '../article';
import { send } from '../messaging/client';
import { sendableUrl } from './page-url';
import { canFrameSidebar, settingsForUrl } from '../sites';
import { showSidebarUi } from './sidebar-ui';

const warn = (e: unknown) => console.warn('Backstory:', e);

/**
 * The content-script pipeline for one page state: decide whether this is an article (cheaply, and
 * stop there if not), put the sidebar up, read the article's metadata and text while the sidebar's
 * frame loads, and let the background extract and match it (off the page's thread, so the page never
 * waits on it).
 * Returns a function that removes what it added, or null when the page is not an article (or the site
 * is switched off); never throws into the page.
 */
export async function runOnPage(): Promise<(() => void) | null> {
  try {
    const url = sendableUrl(location.href);
    // The site's settings come from storage while the page is looked at.
    const settingsRead = settingsForUrl(url);
    const page = openArticle(document, url);
    const settings = await settingsRead;
    if (!settings.enabled || !page.read) {
      // Readers waiting for this page's analysis (the popup asked to read it) get their answer now.
      send('content/clear', {}).catch(warn);
      return null;
    }
    // Where the sidebar cannot be framed (a reader-added site in Chrome), the popup and side panel show it.
    if (!canFrameSidebar(url)) {
      await send('content/analyze', { url, detection: page.detection, article: page.read() });
      return () => {};
    }
    // Sent before the frame exists, so its first question waits for this page's context rather than
    // getting the tab's previous one.
    send('content/reading', {}).catch(warn);
    const ui = showSidebarUi(page.body, settings.openMode);
    // Reading waits for the next task, so the page can paint (with the sidebar's host) in between
    // and neither half holds the page's thread for long.
    await new Promise((next) => setTimeout(next, 0));
    const article = page.read();
    const analysis = send('content/analyze', { url, detection: page.detection, article });
    await Promise.all([analysis.catch(warn), ui.highlight(article.text)]);
    return ui.remove;
  } catch (e) {
    warn(e);
    return null;
  }
}
