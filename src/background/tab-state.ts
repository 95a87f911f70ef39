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

// Readers that asked before the page sent its analysis (a sidebar frame put up while the page was
// still loading), per tab: they get the analysis once it starts, or null after a while.
const awaiting = new Map<number, ((job: Promise<PageContext> | null) => void)[]>();
const AWAIT_ANALYSIS_MS = 30_000;

function settleAwaiting(tabId: number, job: Promise<PageContext> | null): void {
  const waiters = awaiting.get(tabId) ?? [];
  awaiting.delete(tabId);
  for (const settle of waiters) settle(job);
}

/** Runs one analysis for a tab, so that readers of the tab's context wait for it, then keeps the result. */
export async function analyzeForTab(tabId: number, analysis: () => Promise<PageContext>): Promise<PageContext> {
  const job = analysis().then(async (context) => {
    await saveTabContext(tabId, context);
    return context;
  });
  pending.set(tabId, job);
  settleAwaiting(tabId, job);
  try {
    return await job;
  } finally {
    if (pending.get(tabId) === job) pending.delete(tabId);
  }
}

/**
 * The tab's context: the one being computed if an analysis is running, else the one kept. With
 * `awaitAnalysis`, a tab with neither waits for its page to send one (the page is still loading).
 */
export async function currentTabContext(tabId: number, awaitAnalysis = false): Promise<PageContext | null> {
  const running = pending.get(tabId);
  if (running) return running.catch(() => null);
  const kept = await loadTabContext(tabId);
  if (kept || !awaitAnalysis) return kept;
  const started = pending.get(tabId);
  if (started) return started.catch(() => null);
  return new Promise<PageContext | null>((settle) => {
    const waiter = (job: Promise<PageContext> | null) => {
      clearTimeout(timer);
      settle(job ? job.catch(() => null) : null);
    };
    const timer = setTimeout(() => {
      awaiting.set(tabId, (awaiting.get(tabId) ?? []).filter((w) => w !== waiter));
      settle(null);
    }, AWAIT_ANALYSIS_MS);
    awaiting.set(tabId, [...(awaiting.get(tabId) ?? []), waiter]);
  });
}

async function loadTabContext(tabId: number): Promise<PageContext | null> {
  const got = await browser.storage.session.get(key(tabId));
  return (got[key(tabId)] as PageContext | undefined) ?? null;
}

export async function clearTabContext(tabId: number): Promise<void> {
  pending.delete(tabId);
  settleAwaiting(tabId, null);
  await browser.storage.session.remove(key(tabId));
}

export async function clearAllTabContexts(): Promise<void> {
  await browser.storage.session.clear();
}
