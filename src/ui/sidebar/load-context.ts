import { browser } from 'wxt/browser';
import type { PageContext } from '../../context/types';
import { send } from '../../messaging/client';

/** True when the sidebar page is framed into an article rather than shown as the browser's side panel. */
export const inPage = typeof window !== 'undefined' && window.top !== window;

/**
 * The context to show: in the article's frame the background knows the tab from the sender; in the
 * browser's side panel it is the active tab of this window.
 */
export async function loadContext(): Promise<PageContext | null> {
  if (inPage) return send('ui/getTabContext', {});
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : send('ui/getTabContext', { tabId: tab.id });
}
