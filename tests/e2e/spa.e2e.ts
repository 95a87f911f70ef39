/**
 * A single-page news site (tests/fixtures/demo-site/spa/) in Chromium with the built extension: its
 * links change the URL with history.pushState and render the next view after a delay. Each history
 * navigation must drop the old sidebar, wait for the new view, and run the pipeline again.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { startFixtureServer, type FixtureServer } from '../../scripts/lib/fixture-server';
import { launchChromium, SIDEBAR_HOST, type ChromiumWithExtension } from '../../scripts/lib/launch-chromium';
import { newsUrl } from '../../scripts/lib/demo-site';
import { CONTENT_SCRIPT } from '../../src/sites/script-files';
import { FIRST, LIST_PATH, SECOND, SPA_ROUTES } from './spa-site';

let server: FixtureServer;
let browser: ChromiumWithExtension;

beforeAll(async () => {
  server = await startFixtureServer({
    routes: SPA_ROUTES,
  });
  browser = await launchChromium({ port: server.port });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const sidebarCount = (page: Page) => page.evaluate((tag) => document.querySelectorAll(tag).length, SIDEBAR_HOST);

/** The article title the (current) sidebar frame shows, once it shows `expected`; fails after `timeout`. */
async function waitForSidebarTitle(page: Page, expected: string, timeout = 20_000): Promise<string[]> {
  const deadline = Date.now() + timeout;
  let seen: string[] = [];
  while (Date.now() < deadline) {
    seen = [];
    for (const frame of page.frames().filter((f) => f.url().includes('/sidepanel.html'))) {
      const title = await frame.$eval('h1.article-title', (h) => (h.textContent ?? '').trim()).catch(() => null);
      if (title !== null) seen.push(title);
    }
    if (seen.includes(expected)) return seen;
    await page.waitForTimeout(150);
  }
  throw new Error(`sidebar never showed "${expected}" on ${page.url()}; last seen: ${JSON.stringify(seen)}`);
}

describe('Chromium: single-page site', () => {
  test('a pushState navigation to another article re-runs the pipeline; a non-article view removes the sidebar', async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(newsUrl(FIRST.path));
      expect(await waitForSidebarTitle(page, FIRST.headline)).toEqual([FIRST.headline]);
      expect(await sidebarCount(page)).toBe(1);

      // Same document, new URL, new content rendered 700 ms later.
      const documentId = await page.evaluate(() => ((window as unknown as { spaMarker: number }).spaMarker = Math.random()));
      await page.click('#next');
      await page.waitForURL(newsUrl(SECOND.path));
      expect(await waitForSidebarTitle(page, SECOND.headline)).toEqual([SECOND.headline]);
      expect(await page.evaluate(() => (window as unknown as { spaMarker: number }).spaMarker)).toBe(documentId);
      expect(await page.textContent('main h1')).toBe(SECOND.headline);
      expect(await sidebarCount(page)).toBe(1);

      // The listing view is not an article: the sidebar goes and stays gone.
      await page.click('#next');
      await page.waitForURL(newsUrl(LIST_PATH));
      await page.waitForFunction((tag) => document.querySelectorAll(tag).length === 0, SIDEBAR_HOST, { timeout: 10_000 });
      await page.waitForSelector('section.latest', { timeout: 5_000 });
      await page.waitForTimeout(4_000); // past the settle cap: no late run brings it back
      expect(await sidebarCount(page)).toBe(0);
      expect(page.frames().some((f) => f.url().includes('/sidepanel.html'))).toBe(false);

      // Back to an article from the listing: the sidebar returns with that article.
      await page.click(`a[href="${FIRST.path}"]`);
      await page.waitForURL(newsUrl(FIRST.path));
      expect(await waitForSidebarTitle(page, FIRST.headline)).toEqual([FIRST.headline]);
    } finally {
      await page.close();
    }
  });

  test('opened on a view that is no article, no script of ours runs; a navigation to an article loads the full script and the sidebar', async () => {
    const page = await browser.context.newPage();
    // Every script compiled in the tab, the content scripts' world included.
    const cdp = await browser.context.newCDPSession(page);
    const parsed: string[] = [];
    cdp.on('Debugger.scriptParsed', (e: { url: string }) => parsed.push(e.url));
    await cdp.send('Debugger.enable');
    const ours = () => parsed.filter((url) => url.startsWith('chrome-extension://')).map((url) => new URL(url).pathname);
    try {
      await page.goto(newsUrl(LIST_PATH));
      await page.waitForSelector('section.latest', { timeout: 5_000 });
      await page.waitForTimeout(1_500);
      expect(ours()).toEqual([]);
      expect(await sidebarCount(page)).toBe(0);

      await page.click(`a[href="${FIRST.path}"]`);
      await page.waitForURL(newsUrl(FIRST.path));
      expect(await waitForSidebarTitle(page, FIRST.headline)).toEqual([FIRST.headline]);
      expect(ours()).toEqual([`/${CONTENT_SCRIPT}`]);
      expect(await sidebarCount(page)).toBe(1);
    } finally {
      await page.close();
    }
  });
});
