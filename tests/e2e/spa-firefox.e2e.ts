/**
 * The single-page news site in Firefox ESR. Its listing view is outside the site's article URLs, so no
 * script of ours is in the page: the background sees the History API navigation (Firefox reports it
 * as one tab update, unlike Chromium) and loads the full content script, which follows later navigations.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { waitForFirefoxSidebarFrame as sidebarFrame } from '../../scripts/lib/launch-firefox';
import { SIDEBAR_HOST } from '../../scripts/lib/launch-chromium';
import { newsUrl } from '../../scripts/lib/demo-site';
import { FIRST, LIST_PATH, SECOND, SPA_ROUTES } from './spa-site';
import { firefoxSuite } from './suite';

const suite = firefoxSuite({ routes: SPA_ROUTES });
let page: Page;

beforeEach(async () => {
  page = await suite.browser.browser.newPage();
});

afterEach(async () => {
  await page?.close();
});

const sidebarCount = (p: Page) => p.evaluate((tag) => document.querySelectorAll(tag).length, SIDEBAR_HOST);
const shownTitle = async (p: Page) => {
  const frame = await sidebarFrame(p, 'h1.article-title');
  return frame.$eval('h1.article-title', (h) => (h.textContent ?? '').trim());
};

/** Waits until the sidebar shows `headline` (a view that has not rendered yet shows the one before). */
async function waitForTitle(p: Page, headline: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  let seen = '';
  while (Date.now() < deadline) {
    seen = await shownTitle(p).catch(() => '');
    if (seen === headline) return;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`sidebar never showed "${headline}"; last seen "${seen}"`);
}

describe('Firefox: single-page site', () => {
  test('opened on its listing, it gets a sidebar once it moves to an article, and the next article replaces it', async () => {
    await page.goto(newsUrl(LIST_PATH));
    await page.waitForSelector('section.latest', { timeout: 10_000 });
    await new Promise((r) => setTimeout(r, 1_500));
    expect(await sidebarCount(page)).toBe(0);
    const documentId = await page.evaluate(() => ((window as unknown as { spaMarker: number }).spaMarker = Math.random()));

    await page.click(`a[href="${FIRST.path}"]`);
    await waitForTitle(page, FIRST.headline);
    expect(await sidebarCount(page)).toBe(1);

    await page.click('#next');
    await waitForTitle(page, SECOND.headline);
    expect(await sidebarCount(page)).toBe(1);
    expect(page.url()).toBe(newsUrl(SECOND.path));
    expect(await page.evaluate(() => (window as unknown as { spaMarker: number }).spaMarker)).toBe(documentId);
  });
});
