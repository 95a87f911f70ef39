import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { send } from '../../messaging/client';
import { SIDEBAR_EVENT, SidebarEventSchema, type PageCommand, type SidebarEvent } from '../../messaging/protocol';

/** True when the sidebar page is framed into an article rather than shown as the browser's side panel. */
export const inPage = typeof window !== 'undefined' && window.top !== window;

/**
 * The tab whose article this sidebar shows: its own tab when framed into the page (the background
 * knows it from the sender), else the active tab of this window (the browser's side panel).
 */
export async function shownTab(): Promise<number | null> {
  if (inPage) return send('ui/ownTab', {});
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** Asks the article page to do something (reveal a mention, collapse); false when nothing answered. */
export function toPage(tabId: number | null, command: PageCommand): Promise<boolean> {
  return send('ui/toPage', inPage || tabId === null ? { command } : { tabId, command }).catch(() => false);
}

/**
 * Calls back with the events the background relays from this tab's page. Only relays from the
 * extension itself count (never a content script's own broadcast, which carries a tab), and only
 * this tab's.
 */
export function onSidebarEvent(tabId: number, handle: (event: SidebarEvent) => void): () => void {
  const listener = (raw: unknown, sender: { id?: string; tab?: unknown }) => {
    if (sender.id !== browser.runtime.id || sender.tab || !raw || typeof raw !== 'object') return;
    const msg = raw as { type?: unknown; tabId?: unknown; event?: unknown };
    if (msg.type !== SIDEBAR_EVENT || msg.tabId !== tabId) return;
    const parsed = v.safeParse(SidebarEventSchema, msg.event);
    if (parsed.success) handle(parsed.output);
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/**
 * In the browser's side panel: calls back when the panel should show another tab's article (the reader
 * switched tabs, or the shown tab loaded a new page). Nothing to follow in the article's own frame.
 */
export function onShownTabChange(callback: () => void): () => void {
  if (inPage) return () => {};
  const activated = () => callback();
  const updated = (_tabId: number, change: { status?: string }, tab: { active?: boolean }) => {
    if (tab.active && change.status === 'complete') callback();
  };
  browser.tabs.onActivated.addListener(activated);
  browser.tabs.onUpdated.addListener(updated);
  return () => {
    browser.tabs.onActivated.removeListener(activated);
    browser.tabs.onUpdated.removeListener(updated);
  };
}
