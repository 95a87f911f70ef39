/**
 * The built Firefox MV2 extension in Debian firefox-esr (puppeteer-core 24 over WebDriver BiDi).
 * The fixture server is Firefox's HTTP proxy, so http://www.pinknews.co.uk/... reaches it.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { waitForFirefoxSidebarFrame as sidebarFrame } from '../../scripts/lib/launch-firefox';
import { SIDEBAR_HOST } from '../../scripts/lib/launch-chromium';
import { NEWS_HOST, PATHS, newsUrl } from '../../scripts/lib/demo-site';
import { missingSources } from './expected';
import { firefoxSuite } from './suite';

const suite = firefoxSuite();
let page: Page;

beforeEach(async () => {
  page = await suite.browser.browser.newPage();
});

afterEach(async () => {
  await page?.close();
});

describe('Firefox: in-page sidebar', () => {
  test('the reference article gets the sidebar with its sources', async () => {
    suite.server.resetCounts();
    await page.goto(newsUrl(PATHS.reference));
    // Reached through the proxy, under the real hostname.
    expect(suite.server.requests.some((r) => r.proxied && r.host === NEWS_HOST && r.path === PATHS.reference)).toBe(true);

    await page.waitForSelector(SIDEBAR_HOST, { timeout: 30_000 });
    expect(await page.$eval(SIDEBAR_HOST, (el) => (el as HTMLElement).dataset.state)).toBe('expanded');
    const box = await (await page.$(SIDEBAR_HOST))!.boundingBox();
    expect(box!.width).toBeGreaterThan(100);
    expect(box!.height).toBeGreaterThan(100);

    const frame = await sidebarFrame(page, 'main.sidebar');
    expect(await frame.evaluate(() => location.href)).toMatch(/^moz-extension:\/\/[0-9a-f-]{36}\/sidepanel\.html/);
    await frame.waitForSelector('li.card.source .card-title', { timeout: 20_000 });
    const titles = await frame.$$eval('li.card.source .card-title', (els) => els.map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim()));
    expect(missingSources(titles), `source card titles: ${JSON.stringify(titles)}`).toEqual([]);
  });

  test('the section front gets no sidebar', async () => {
    await page.goto(newsUrl(PATHS.home), { waitUntil: 'load' });
    await new Promise((r) => setTimeout(r, 2_000));
    expect(await page.evaluate((tag) => document.querySelectorAll(tag).length, SIDEBAR_HOST)).toBe(0);
  });
});
