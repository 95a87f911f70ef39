/**
 * Reading a page at the reader's request in Firefox (MV2: scripting.executeScript under the supported
 * sites' host permissions): an article at an address its adapter does not know gets no sidebar by
 * itself, and gets one when the popup asks (opened in a tab: tests cannot click the toolbar button).
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, test } from 'vitest';
import { waitForFirefoxSidebarFrame as sidebarFrame } from '../../scripts/lib/launch-firefox';
import { SIDEBAR_HOST } from '../../scripts/lib/launch-chromium';
import { PATHS, newsUrl } from '../../scripts/lib/demo-site';
import { firefoxSuite } from './suite';

const MOVED = '/moved/chechnya-activists-urge-g20-leaders/';
const suite = firefoxSuite({ routes: { [MOVED]: 'articles/chechnya-purge.html' } });

/** The tab showing the extension's popup page with its full API, once there is one. */
async function popupTab(timeout = 20_000): Promise<Page> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    for (const page of await suite.browser.browser.pages()) {
      const ready = page.evaluate(() => location.pathname === '/popup.html' && Boolean((globalThis as any).browser?.tabs)).catch(() => false);
      if (await Promise.race([ready, new Promise<false>((r) => setTimeout(() => r(false), 1_000))])) return page;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the popup page opened by the sidebar frame never came up');
}

describe('Firefox: reading a page at the reader\'s request', () => {
  test('an article at an address its adapter does not know: no sidebar by itself, one when asked, not read twice', async () => {
    const reference = await suite.browser.browser.newPage();
    await reference.goto(newsUrl(PATHS.reference));
    // The popup page, opened in a tab by the sidebar frame (WebDriver may not navigate to moz-extension: pages).
    // Found by asking each tab where it is: over BiDi, the tab's url() stays about:blank for extension pages.
    await (await sidebarFrame(reference, 'main.sidebar', 30_000)).evaluate(() => void window.open('/popup.html'));
    const asker = await popupTab();
    const moved = await suite.browser.browser.newPage();
    await moved.goto(newsUrl(MOVED), { waitUntil: 'load' });
    await new Promise((r) => setTimeout(r, 2_000));
    expect(await moved.evaluate((tag) => document.querySelectorAll(tag).length, SIDEBAR_HOST)).toBe(0);

    const ask = (tabUrl: string) =>
      asker.evaluate(async (url) => {
        const api = (globalThis as any).browser;
        const [tab] = await api.tabs.query({ url });
        return api.runtime.sendMessage({ type: 'ui/readTab', payload: { tabId: tab.id } });
      }, tabUrl);
    expect(await ask(newsUrl(MOVED))).toEqual({ ok: true, data: true });
    const frame = await sidebarFrame(moved, 'li.card.source .card-title', 30_000);
    expect(await frame.$$eval('li.card.source .card-title', (els) => els.map((e) => e.textContent ?? '').join(' | '))).toMatch(/Novaya Gazeta/);
    expect(await ask(newsUrl(MOVED))).toEqual({ ok: true, data: false });
    expect(await moved.evaluate((tag) => document.querySelectorAll(tag).length, SIDEBAR_HOST)).toBe(1);
    await moved.close();
    await asker.close();
    await reference.close();
  });
});
