import { looksLikeArticleUrl } from '../article';
import { canFrameSidebar, settingsForUrl, type OpenMode } from '../sites';
import { sendableUrl } from './page-url';
import { mountSidebar, type SidebarHost } from './sidebar-host';

/** What the content script learnt before the document was parsed. */
export interface EarlyStart {
  url: string;
  settings: { enabled: boolean; openMode: OpenMode };
  /** The sidebar, mounted hidden; null when the URL does not look like an article. */
  sidebar: SidebarHost | null;
}

/**
 * Runs as the page starts loading: reads the site's settings and, when the URL looks like one of the
 * site's articles, mounts the sidebar hidden. Its frame's page (a separate extension page, about 100 ms
 * to load in Chromium) then loads while the article does, instead of after it; runOnPage shows it once
 * detection confirms the article, or removes it. Never throws into the page.
 */
export async function startEarly(): Promise<EarlyStart | null> {
  try {
    const url = sendableUrl(location.href);
    const settings = await settingsForUrl(url);
    const guess = settings.enabled && canFrameSidebar(url) && looksLikeArticleUrl(url) && document.documentElement !== null;
    const sidebar = guess ? mountSidebar({ collapsed: settings.openMode === 'click', article: null, early: true }) : null;
    return { url, settings, sidebar };
  } catch (e) {
    console.warn('Backstory:', e);
    return null;
  }
}
