import { browser } from 'wxt/browser';
import { adapterForUrl } from '../article';
import { matchesArticlePath, pathOf } from '../article/article-urls';
import { CONTENT_SCRIPT, NAVIGATED_FROM } from '../sites/script-files';
import { contentScriptIn } from './read-tab';

/** Where a tab's address changed and its page has not been looked at since: the title shown before the change. */
const moved = new Map<number, string>();

/**
 * A page of a supported site outside its article URLs gets no script (the manifest's include_globs),
 * so when a single-page site moves such a page to an article with the History API, nothing in the page
 * sees it: the background does. Once a tab whose address changed is done loading (Chrome reports a
 * history navigation as loading then complete, Firefox as complete alone) and its new address is one of
 * its site's article URLs, the full content script is loaded into it unless it is there already, which
 * is the case after an ordinary page load (the gate has imported it) and after any navigation of a
 * page it has read (it follows them itself).
 */
export function watchHistoryNavigations(): void {
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.url !== undefined && !moved.has(tabId)) moved.set(tabId, tab.title ?? '');
    if (tab.status !== 'complete' || !moved.has(tabId)) return;
    const previousTitle = moved.get(tabId)!;
    moved.delete(tabId);
    const adapter = adapterForUrl(tab.url);
    if (!adapter?.articlePaths?.length || !matchesArticlePath(adapter, pathOf(new URL(tab.url!)))) return;
    loadAfterNavigation(tabId, previousTitle).catch((e: unknown) => console.warn('Backstory: could not read the new page', e));
  });
  browser.tabs.onRemoved.addListener((tabId) => moved.delete(tabId));
}

async function loadAfterNavigation(tabId: number, previousTitle: string): Promise<void> {
  if (await contentScriptIn(tabId)) return;
  // As the gate does after a history navigation: the full script waits for the new view to replace this title.
  await browser.scripting.executeScript({
    target: { tabId },
    func: (key: string, title: string) => {
      (globalThis as Record<string, unknown>)[key] = title;
    },
    args: [NAVIGATED_FROM, previousTitle],
  });
  await browser.scripting.executeScript({ target: { tabId }, files: [`/${CONTENT_SCRIPT}`] });
}
