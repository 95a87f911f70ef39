/**
 * The built Chrome MV3 extension in Debian Chromium, on a fixture server answering as www.pinknews.co.uk
 * (mapped with --host-resolver-rules, so the production match patterns are exercised over http).
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { SIDEBAR_HOST, textsIn, waitForSidebarFrame } from '../../scripts/lib/launch-chromium';
import { HOSTILE_PATH, NEWS_HOST, PATHS, newsUrl } from '../../scripts/lib/demo-site';
import { missingSources, SIX_KILLED } from './expected';
import { chromiumSuite } from './suite';

// A live blog at a URL shaped like a PinkNews article: the URL alone must not bring a sidebar.
const LIVE_AT_ARTICLE_URL = '/2024/03/05/budget-day-live/';
const suite = chromiumSuite({ routes: { [LIVE_AT_ARTICLE_URL]: '../pages/guardian-live.html' } });
let page: Page;

beforeEach(async () => {
  page = await suite.browser.context.newPage();
});

afterEach(async () => {
  await page?.close();
});

const hostState = (p: Page) => p.evaluate((tag) => document.querySelector<HTMLElement>(tag)?.dataset.state ?? null, SIDEBAR_HOST);

describe('Chromium: in-page sidebar', () => {
  test('the reference article gets the sidebar with its sources and the "at least 6" figure', async () => {
    suite.server.resetCounts();
    await page.goto(newsUrl(PATHS.reference));
    await page.waitForSelector(SIDEBAR_HOST, { state: 'attached', timeout: 20_000 });
    expect(await hostState(page)).toBe('expanded');

    const frame = await waitForSidebarFrame(page, 'main.sidebar');
    expect(frame.url()).toMatch(/^chrome-extension:\/\/[a-p]{32}\/sidepanel\.html/);
    await frame.waitForSelector('#h-sources', { timeout: 20_000 });
    await frame.waitForSelector('li.card.source .card-title', { timeout: 20_000 });
    const titles = await textsIn(frame, 'li.card.source .card-title');
    expect(missingSources(titles), `source card titles: ${JSON.stringify(titles)}`).toEqual([]);

    const figures = await frame.$$eval('li.card.figure', (cards) =>
      cards.map((c) => ({
        value: (c.querySelector('.figure-value')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
        attribution: (c.querySelector('.attribution')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      })),
    );
    const six = figures.filter((f) => SIX_KILLED.value.test(f.value));
    expect(six.length, `figure cards: ${JSON.stringify(figures)}`).toBeGreaterThan(0);
    expect(six.some((f) => SIX_KILLED.attribution.test(f.attribution)), `"at least 6" cards: ${JSON.stringify(six)}`).toBe(true);

    // The extension reads the page it is given: it never fetches the article (or anything else) from the site itself.
    expect(suite.server.count(PATHS.reference, NEWS_HOST)).toBe(1);
    const unexpected = suite.server.requests.filter((r) => r.path !== PATHS.reference && !r.path.startsWith('/assets/') && r.path !== '/favicon.ico');
    expect(unexpected).toEqual([]);
  });

  test('the section front gets no sidebar', async () => {
    await page.goto(newsUrl(PATHS.home), { waitUntil: 'load' });
    await page.waitForTimeout(2_000);
    expect(await page.evaluate((tag) => document.querySelectorAll(tag).length, SIDEBAR_HOST)).toBe(0);
    expect(page.frames().some((f) => f.url().includes('/sidepanel.html'))).toBe(false);
  });

  test('a live blog at an article-looking URL never gets a sidebar, not even for a moment', async () => {
    // Whether the page ever had a sidebar host, however briefly.
    await page.addInitScript((tag) => {
      const seen = ((globalThis as any).__mounted = { count: 0 });
      new MutationObserver(() => {
        if (document.querySelector(tag)) seen.count = 1;
      }).observe(document, { childList: true, subtree: true });
    }, SIDEBAR_HOST);
    await page.goto(newsUrl(LIVE_AT_ARTICLE_URL), { waitUntil: 'load' });
    await page.waitForTimeout(1_500);
    expect(await page.evaluate(() => (globalThis as any).__mounted)).toEqual({ count: 0 });
    expect(await page.evaluate((tag) => document.querySelectorAll(tag).length, SIDEBAR_HOST)).toBe(0);
    expect(page.frames().some((f) => f.url().includes('/sidepanel.html'))).toBe(false);
  });

  test('the demo Chechnya article gets the sidebar with its sources and quotes', async () => {
    await page.goto(newsUrl(PATHS.chechnya));
    const frame = await waitForSidebarFrame(page, 'main.sidebar');
    await frame.waitForSelector('li.card.source .card-title', { timeout: 20_000 });
    const titles = await textsIn(frame, 'li.card.source .card-title');
    expect(titles.length, `source card titles: ${JSON.stringify(titles)}`).toBeGreaterThanOrEqual(5);
    const missing = missingSources(titles);
    expect(missing, `source card titles: ${JSON.stringify(titles)}`).toEqual([]);
    const quoteAttributions = await textsIn(frame, 'li.card.quote .attribution');
    expect(quoteAttributions.some((a) => /Griffin/.test(a)), `quote attributions: ${JSON.stringify(quoteAttributions)}`).toBe(true);
  });

  test('a page with sidebar-hostile CSS still shows a visible sidebar', async () => {
    await page.goto(newsUrl(HOSTILE_PATH));
    // The page's own iframes are hidden by its CSS: prove the hostile stylesheet is in effect.
    expect(
      await page.evaluate(() => {
        const probe = document.body.appendChild(document.createElement('iframe'));
        const display = getComputedStyle(probe).display;
        probe.remove();
        return display;
      }),
    ).toBe('none');
    expect(await page.evaluate(() => [...document.styleSheets].some((s) => (s.href ?? '').endsWith('/assets/hostile.css')))).toBe(true);

    const frame = await waitForSidebarFrame(page, 'main.sidebar');
    const viewport = page.viewportSize()!;
    const box = await page.locator(SIDEBAR_HOST).boundingBox();
    expect(box, 'host element has no box').not.toBeNull();
    expect(box!.width).toBeGreaterThan(100);
    expect(box!.height).toBeGreaterThan(100);
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width + 1);
    expect(box!.x).toBeLessThan(viewport.width);

    // The host is on top at its own centre (nothing the page styled covers it) ...
    const topmost = await page.evaluate(
      ({ x, y, host }) => document.elementFromPoint(x, y)?.matches(host) ?? false,
      { x: box!.x + box!.width / 2, y: box!.y + box!.height / 2, host: SIDEBAR_HOST },
    );
    expect(topmost, 'the host is the topmost element at its centre').toBe(true);
    // ... and the frame inside the closed shadow root is laid out too, despite `iframe { display: none !important }`.
    const frameBox = await (await frame.frameElement()).boundingBox();
    expect(frameBox!.width).toBeGreaterThan(100);
    expect(frameBox!.height).toBeGreaterThan(100);
    expect(await frame.isVisible('main.sidebar')).toBe(true);
  });
});

describe('Chromium: popup', () => {
  test('searching "Novaya" lists Novaya Gazeta among sources', async () => {
    await page.setViewportSize({ width: 400, height: 600 });
    await page.goto(suite.browser.extensionUrl('popup.html'));
    const search = page.locator('input[type=search]');
    await search.waitFor({ timeout: 20_000 });
    await search.fill('Novaya');
    const names = page.locator('.results section[aria-label=Sources] .card-title');
    await expect.poll(async () => (await names.allTextContents()).map((t) => t.trim()), { timeout: 20_000 }).toContainEqual(
      expect.stringMatching(/^Novaya Gazeta\b/),
    );
  });
});
