import { browser } from 'wxt/browser';
import type { PageContext } from '../context/types';

// Per-tab results live in session storage: they survive the service worker being stopped, and
// vanish with the browser session.
const key = (tabId: number) => `tab:${tabId}`;

async function saveTabContext(tabId: number, context: PageContext): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: context });
}

// Analyses still running, per tab: the sidebar frame is shown before its context is ready, and a
// reader asking meanwhile waits for the answer instead of getting "nothing here".
const pending = new Map<number, Promise<PageContext>>();

/** Runs one analysis for a tab, so that readers of the tab's context wait for it, then keeps the result. */
export async function analyzeForTab(tabId: number, analysis: () => Promise<PageContext>): Promise<PageContext> {
  const job = analysis().then(async (context) => {
    await saveTabContext(tabId, context);
    return context;
  });
  pending.set(tabId, job);
  try {
    return await job;
  } finally {
    if (pending.get(tabId) === job) pending.delete(tabId);
  }
}

/** The tab's context: the one being computed if an analysis is running, else the one kept. */
export async function currentTabContext(tabId: number): Promise<PageContext | null> {
  const running = pending.get(tabId);
  if (running) return running.catch(() => null);
  return loadTabContext(tabId);
}

async function loadTabContext(tabId: number): Promise<PageContext | null> {
  const got = await browser.storage.session.get(key(tabId));
  return (got[key(tabId)] as PageContext | undefined) ?? null;
}

export async function clearTabContext(tabId: number): Promise<void> {
  pending.delete(tabId);
  await browser.storage.session.remove(key(tabId));
}

export async function clearAllTabContexts(): Promise<void> {
  await browser.storage.session.clear();
}
