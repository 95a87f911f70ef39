import { browser } from 'wxt/browser';
import type { PageContext } from '../context/types';

// Per-tab results live in session storage: they survive the service worker being stopped, and
// vanish with the browser session.
const key = (tabId: number) => `tab:${tabId}`;

export async function saveTabContext(tabId: number, context: PageContext): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: context });
}

export async function loadTabContext(tabId: number): Promise<PageContext | null> {
  const got = await browser.storage.session.get(key(tabId));
  return (got[key(tabId)] as PageContext | undefined) ?? null;
}

export async function clearTabContext(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}

export async function clearAllTabContexts(): Promise<void> {
  await browser.storage.session.clear();
}
