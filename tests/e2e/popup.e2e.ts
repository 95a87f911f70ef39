/** The toolbar popup in Chromium: keyboard search, detail view, full-width layout, opening the sidebar. */
import { describe, expect, test } from 'vitest';
import { SIDEBAR_HOST, waitForSidebarFrame } from '../../scripts/lib/launch-chromium';
import { PATHS, newsUrl } from '../../scripts/lib/demo-site';
import { chromiumSuite } from './suite';

const suite = chromiumSuite();

describe('Chromium: popup', () => {
  test('search by keyboard: focused on open, results as you type, arrows, Enter, Escape', async () => {
    const page = await suite.browser.context.newPage();
    await page.setViewportSize({ width: 400, height: 600 });
    await page.goto(suite.browser.extensionUrl('popup.html'));
    await page.waitForSelector('input[type=search]:focus', { timeout: 10_000 });
    // The header spans the whole window (it used to stop 20 px short in a 400 px window).
    expect((await page.locator('header.bar').boundingBox())!.width).toBe(400);

    await page.keyboard.type('Novaya');
    await page.waitForSelector('.results section[aria-label=Sources] button.result', { timeout: 10_000 });
    expect(await page.locator('.results [role=status]').textContent()).toMatch(/^\d+ results?$/);

    await page.keyboard.press('ArrowDown');
    const first = page.locator('button.result:focus');
    expect(await first.locator('.card-title').textContent()).toMatch(/Novaya Gazeta/);
    await page.keyboard.press('Enter');
    await page.waitForSelector('#detail-title:focus');
    expect(await page.locator('#detail-title').textContent()).toMatch(/Novaya Gazeta/);
    expect(await page.locator('.detail a[href^="http"]').count()).toBeGreaterThan(0);

    await page.keyboard.press('Escape');
    await page.waitForSelector('button.result[data-index="0"]:focus');
    await page.keyboard.press('ArrowUp');
    await page.waitForSelector('input[type=search]:focus');

    await page.keyboard.type('zzqx');
    await page.waitForSelector('.state[role=status]');
    expect(await page.locator('.state[role=status]').textContent()).toMatch(/Nothing in your packs matches/);
    await page.close();
  });

  test('"Show the sidebar" expands the collapsed in-page sidebar of the tab', async () => {
    const article = await suite.browser.context.newPage();
    await article.goto(newsUrl(PATHS.reference));
    const frame = await waitForSidebarFrame(article, 'main.sidebar');
    await frame.click('button.collapse');
    await frame.waitForSelector('button.tab');
    const tabId = await frame.evaluate(() => (globalThis as any).chrome.tabs.getCurrent().then((t: { id: number }) => t.id));

    // The popup of that tab: the popup page is opened as a tab, so it asks for the article's tab explicitly.
    const popup = await suite.browser.context.newPage();
    await popup.goto(suite.browser.extensionUrl('popup.html'));
    const shown = await popup.evaluate((id) => (globalThis as any).chrome.runtime.sendMessage({ type: 'ui/toPage', payload: { tabId: id, command: { kind: 'setCollapsed', collapsed: false } } }), tabId);
    expect(shown).toEqual({ ok: true, data: true });
    await article.waitForFunction((tag) => document.querySelector<HTMLElement>(tag)?.dataset.state === 'expanded', SIDEBAR_HOST, { timeout: 10_000 });
    await frame.waitForSelector('main.sidebar');
    await popup.close();
    await article.close();
  });
});
