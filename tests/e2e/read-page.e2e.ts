/**
 * Reading a page at the reader's request (the popup's "Read this page"), in Chromium: an article at an
 * address its site's adapter does not know gets no sidebar by itself (the gate reads the address
 * alone), and gets one when the reader asks; a page already read is not read twice.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { waitForSidebarFrame, SIDEBAR_HOST } from '../../scripts/lib/launch-chromium';
import { PATHS, newsUrl } from '../../scripts/lib/demo-site';
import { CONTENT_SCRIPT } from '../../src/sites/script-files';
import { chromiumSuite } from './suite';

const MOVED = '/moved/chechnya-activists-urge-g20-leaders/';
const suite = chromiumSuite({ routes: { [MOVED]: 'articles/chechnya-purge.html' } });

type Reply = { ok: boolean; data?: unknown; error?: string };
const ask = (popup: Page, message: object) => popup.evaluate((m) => (globalThis as any).chrome.runtime.sendMessage(m) as Promise<Reply>, message);
/** The context the background keeps for a tab (the popup page, opened as a tab itself, would be answered for its own tab). */
const keptContext = (tabId: number) =>
  suite.browser.context
    .serviceWorkers()[0]!
    .evaluate((id) => (globalThis as any).chrome.storage.session.get(`tab:${id}`).then((got: Record<string, any>) => got[`tab:${id}`]?.context ?? null), tabId) as Promise<{ url: string; sources: unknown[] } | null>;
const tabIds = (popup: Page) => popup.evaluate(() => (globalThis as any).chrome.tabs.query({}).then((tabs: { id: number }[]) => tabs.map((t) => t.id)) as Promise<number[]>);

/** Opens `url` in a new tab: the page, its tab id as the extension knows it, and whether the gate loaded the full script. */
async function open(popup: Page, url: string): Promise<{ page: Page; tabId: number; fullScript: Promise<boolean> }> {
  const before = new Set(await tabIds(popup));
  const page = await suite.browser.context.newPage();
  const fullScript = page.waitForRequest((r) => r.url().endsWith(`/${CONTENT_SCRIPT}`), { timeout: 3_000 }).then(() => true, () => false);
  await page.goto(url, { waitUntil: 'load' });
  const tabId = (await tabIds(popup)).find((t) => !before.has(t))!;
  return { page, tabId, fullScript };
}

describe('Chromium: reading a page at the reader\'s request', () => {
  test('an article at an address its adapter does not know: no sidebar by itself, one when asked, and not read twice', async () => {
    const popup = await suite.browser.context.newPage();
    await popup.goto(suite.browser.extensionUrl('popup.html'));
    const { page: article, tabId, fullScript } = await open(popup, newsUrl(MOVED));
    expect(await fullScript).toBe(false);
    expect(await article.locator(SIDEBAR_HOST).count()).toBe(0);
    expect(await keptContext(tabId)).toBeNull();

    expect(await ask(popup, { type: 'ui/readTab', payload: { tabId } })).toEqual({ ok: true, data: true });
    const frame = await waitForSidebarFrame(article, 'main.sidebar');
    expect(await frame.locator('main.sidebar').textContent()).toMatch(/Novaya Gazeta/);
    await expect.poll(() => keptContext(tabId).then((c) => c?.url), { timeout: 10_000 }).toBe(newsUrl(MOVED));
    expect((await keptContext(tabId))!.sources.length).toBeGreaterThan(3);

    expect(await ask(popup, { type: 'ui/readTab', payload: { tabId } })).toEqual({ ok: true, data: false });
    expect(await article.locator(SIDEBAR_HOST).count()).toBe(1);
    await article.close();
    await popup.close();
  });

  test('a page that is no article, read on request, gets the full script and no sidebar', async () => {
    const popup = await suite.browser.context.newPage();
    await popup.goto(suite.browser.extensionUrl('popup.html'));
    const { page: front, tabId } = await open(popup, newsUrl(PATHS.home));
    expect(await ask(popup, { type: 'ui/readTab', payload: { tabId } })).toEqual({ ok: true, data: true });
    await front.waitForTimeout(1_000);
    expect(await front.locator(SIDEBAR_HOST).count()).toBe(0);
    expect(await keptContext(tabId)).toBeNull();
    // The full script is in the page (it read it and found no article): it is not loaded again.
    expect(await ask(popup, { type: 'ui/readTab', payload: { tabId } })).toEqual({ ok: true, data: false });
    await front.close();
    await popup.close();
  });

  test('a page the browser keeps extensions out of is refused with the browser\'s reason', async () => {
    const popup = await suite.browser.context.newPage();
    await popup.goto(suite.browser.extensionUrl('popup.html'));
    const { page: settings, tabId } = await open(popup, 'chrome://version/');
    const reply = await ask(popup, { type: 'ui/readTab', payload: { tabId } });
    expect(reply.ok).toBe(false);
    expect(reply.error).toMatch(/Cannot access/);
    await settings.close();
    await popup.close();
  });
});
