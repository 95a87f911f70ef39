/**
 * Privacy in Chromium: while the reader browses the demo site with the sidebar (cards clicked, collapsed,
 * expanded) and uses the popup and the options page, the extension's contexts — service worker, sidebar
 * frame, popup, options — make no network request at all. Extension-internal chrome-extension:// loads
 * are not network; every http(s), ws(s) and other scheme request is counted. The counter is shown to
 * work on the page's own requests and on a probe fetched from the service worker.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Request } from 'playwright-core';
import { startFixtureServer, type FixtureServer } from '../../scripts/lib/fixture-server';
import { launchChromium, waitForSidebarFrame, type ChromiumWithExtension } from '../../scripts/lib/launch-chromium';
import { PATHS, newsUrl } from '../../scripts/lib/demo-site';

let server: FixtureServer;
let browser: ChromiumWithExtension;

interface Seen {
  url: string;
  /** The service worker's or the frame's URL the request came from. */
  from: string;
}
const fromExtension: Seen[] = [];
const fromPages: Seen[] = [];

function classify(request: Request): void {
  const url = request.url();
  if (url.startsWith('chrome-extension://') || url.startsWith('data:') || url.startsWith('blob:')) return;
  const worker = request.serviceWorker();
  let from = worker?.url() ?? '';
  if (!worker) {
    try {
      from = request.frame().url();
    } catch {
      from = 'unknown';
    }
  }
  (from.startsWith('chrome-extension://') || from === 'unknown' ? fromExtension : fromPages).push({ url, from });
}

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchChromium({ port: server.port });
  browser.context.on('request', classify);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('Chromium: privacy', () => {
  test('the counter sees page requests and a request from the service worker', async () => {
    const page = await browser.context.newPage();
    await page.goto(newsUrl(PATHS.home));
    await browser.serviceWorker.evaluate((url) => fetch(url).then((r) => r.status), newsUrl('/privacy-probe'));
    await page.close();
    expect(fromPages.some((r) => r.url === newsUrl(PATHS.home))).toBe(true);
    expect(fromExtension.map((r) => r.url)).toEqual([newsUrl('/privacy-probe')]);
    expect(server.count('/privacy-probe')).toBe(1);
    fromExtension.length = 0;
    fromPages.length = 0;
    server.resetCounts();
  });

  test('browsing the demo site and using the sidebar, popup and options makes no request from the extension', async () => {
    const article = await browser.context.newPage();
    for (const path of [PATHS.home, PATHS.chechnya, PATHS.g20, PATHS.nobel, PATHS.reference]) {
      await article.goto(newsUrl(path));
      if (path !== PATHS.home) await waitForSidebarFrame(article, 'li.card.source', 20_000);
    }
    const frame = await waitForSidebarFrame(article, 'li.card.source button.card-link');
    await frame.locator('li.card.source button.card-link').first().click();
    await frame.click('button.collapse');
    await frame.waitForSelector('button.tab');
    await frame.click('button.tab');
    await frame.waitForSelector('main.sidebar');

    const popup = await browser.context.newPage();
    await popup.goto(browser.extensionUrl('popup.html'));
    await popup.locator('input[type=search]').fill('Novaya');
    await popup.locator('.results button.result').first().click();
    await popup.waitForSelector('#detail-title');
    await popup.close();

    const options = await browser.context.newPage();
    await options.goto(browser.extensionUrl('options.html'));
    await options.getByRole('heading', { name: 'Backstory settings' }).waitFor({ timeout: 20_000 });
    await options.locator('li.pack').first().waitFor({ timeout: 10_000 });
    await options.close();
    await article.close();

    console.log(`privacy: ${fromPages.length} requests from pages, ${fromExtension.length} from extension contexts`);
    expect(fromPages.length, 'the pages themselves did load').toBeGreaterThan(5);
    expect(fromExtension).toEqual([]);
    // Nothing reached the fixture server that a page did not ask for either (the browser's own favicon fetch aside).
    const pagePaths = new Set(fromPages.map((r) => new URL(r.url).pathname));
    expect(server.requests.filter((r) => r.method !== 'GET' || (!pagePaths.has(r.path) && r.path !== '/favicon.ico'))).toEqual([]);
  });
});
