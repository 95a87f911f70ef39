/**
 * The in-page sidebar in Firefox ESR: open and close, and a card revealing its mention in the
 * article (highlights where the Highlight API is there; the scroll either way).
 * Frames are found by evaluating location.href in them (see firefox.e2e.ts for why).
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { waitForFirefoxSidebarFrame as sidebarFrame } from '../../scripts/lib/launch-firefox';
import { SIDEBAR_HOST } from '../../scripts/lib/launch-chromium';
import { PATHS, newsUrl } from '../../scripts/lib/demo-site';
import { firefoxSuite } from './suite';

const suite = firefoxSuite();
let page: Page;

beforeEach(async () => {
  page = await suite.browser.browser.newPage();
});

afterEach(async () => {
  await page?.close();
});

const state = (p: Page) => p.$eval(SIDEBAR_HOST, (el) => (el as HTMLElement).dataset.state);
async function waitState(p: Page, want: string): Promise<void> {
  await p.waitForFunction((tag, s) => document.querySelector<HTMLElement>(tag)?.dataset.state === s, { timeout: 10_000 }, SIDEBAR_HOST, want);
}

describe('Firefox: sidebar', () => {
  test('collapses with its button and with Escape, and opens from the tab', async () => {
    await page.goto(newsUrl(PATHS.reference));
    await page.waitForSelector(SIDEBAR_HOST, { timeout: 30_000 });
    let frame = await sidebarFrame(page, 'li.card.source');
    expect(await state(page)).toBe('expanded');

    await (await frame.$('button.collapse'))!.click();
    await waitState(page, 'collapsed');
    frame = await sidebarFrame(page, 'button.tab');
    await (await frame.$('button.tab'))!.click();
    await waitState(page, 'expanded');

    frame = await sidebarFrame(page, 'button.collapse');
    await frame.focus('button.collapse');
    await page.keyboard.press('Escape');
    await waitState(page, 'collapsed');
  });

  test('a card scrolls the article to its first mention', async () => {
    await page.goto(newsUrl(PATHS.reference));
    await page.waitForSelector(SIDEBAR_HOST, { timeout: 30_000 });
    const frame = await sidebarFrame(page, 'li.card.source');
    expect(await page.evaluate(() => scrollY)).toBe(0);
    // The last source card: its first mention is furthest down the article.
    const cards = await frame.$$('li.card.source button.card-link');
    await cards[cards.length - 1]!.click();
    await page.waitForFunction(() => scrollY > 0, { timeout: 10_000 });
    const highlighted = await page.evaluate(() => (typeof CSS.highlights === 'undefined' ? null : CSS.highlights.has('backstory-flash')));
    // Firefox ESR 140+ has the Highlight API; where it is missing the scroll alone is the fallback.
    if (highlighted !== null) expect(highlighted).toBe(true);
  });
});
