import { browser } from 'wxt/browser';
import type { PageContext } from '../context/types';

// Per-tab results live in session storage: they survive the service worker being stopped, and
// vanish with the browser session.
const key = (tabId: number) => `tab:${tabId}`;

/**
 * What a tab's last analysis left: its context, or why it failed (a sidebar opened later says so,
 * rather than showing an empty page). One key per tab, so keeping either replaces the other in one write.
 */
type TabRecord = { context: PageContext } | { failed: string };

const keep = (tabId: number, record: TabRecord): Promise<void> => browser.storage.session.set({ [key(tabId)]: record });

// Analyses running or announced, per tab: the sidebar frame is shown before its context is ready, and
// a reader asking meanwhile waits for the answer instead of getting "nothing here" or the last page's.
const pending = new Map<number, Promise<PageContext | null>>();
// How to hand an announced analysis its job once it arrives, per tab.
const announced = new Map<number, (job: Promise<PageContext | null>) => void>();

/** How long an announced analysis is waited for; reading even a very long page takes far less. */
export const ANALYSIS_EXPECTED_MS = 10_000;

/**
 * The tab's content script found an article and sends its analysis next: until it arrives (or for
 * ANALYSIS_EXPECTED_MS), readers of the tab's context wait for it. The tab's previous context goes.
 */
export async function expectAnalysis(tabId: number): Promise<void> {
  let hand!: (job: Promise<PageContext | null>) => void;
  const expected = new Promise<PageContext | null>((resolve) => (hand = resolve));
  // A failed analysis is reported to the content script that sent it and to the readers waiting (currentTabContext).
  expected.catch(() => {});
  // Readers still waiting for an earlier announcement (the page was read again) wait for this one.
  announced.get(tabId)?.(expected);
  pending.set(tabId, expected);
  announced.set(tabId, hand);
  setTimeout(() => {
    if (announced.get(tabId) !== hand) return;
    announced.delete(tabId);
    hand(Promise.resolve(null));
    if (pending.get(tabId) === expected) pending.delete(tabId);
  }, ANALYSIS_EXPECTED_MS);
  // Gone from storage too, so a restarted service worker cannot bring the previous page back.
  await browser.storage.session.remove(key(tabId));
}

/** Runs one analysis for a tab, so that readers of the tab's context wait for it, then keeps the result. */
export async function analyzeForTab(tabId: number, analysis: () => Promise<PageContext>): Promise<PageContext> {
  const job = analysis().then(
    async (context) => {
      await keep(tabId, { context });
      return context;
    },
    async (e: unknown) => {
      const reason = `the article could not be analysed (${e instanceof Error ? e.message : String(e)})`;
      await keep(tabId, { failed: reason });
      throw new Error(reason);
    },
  );
  pending.set(tabId, job);
  announced.get(tabId)?.(job);
  announced.delete(tabId);
  try {
    return await job;
  } finally {
    if (pending.get(tabId) === job) pending.delete(tabId);
  }
}

/**
 * The tab's context: the one being computed if an analysis is running, else the one kept; null where
 * there is none. Rejects with the reason where the tab's analysis failed.
 */
export async function currentTabContext(tabId: number): Promise<PageContext | null> {
  const running = pending.get(tabId);
  if (running) return running;
  return loadTabContext(tabId);
}

async function loadTabContext(tabId: number): Promise<PageContext | null> {
  const record = (await browser.storage.session.get(key(tabId)))[key(tabId)] as TabRecord | undefined;
  if (record === undefined) return null;
  if ('failed' in record) throw new Error(record.failed);
  return record.context;
}

export async function clearTabContext(tabId: number): Promise<void> {
  pending.delete(tabId);
  announced.get(tabId)?.(Promise.resolve(null));
  announced.delete(tabId);
  await browser.storage.session.remove(key(tabId));
}

export async function clearAllTabContexts(): Promise<void> {
  await browser.storage.session.clear();
}
