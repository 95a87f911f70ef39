/**
 * The options page of the built Chrome extension in Debian Chromium: per-site switch (on the fixture
 * site answering as www.pinknews.co.uk), pack import/export/remove/reset, the add-site permission request,
 * and axe-core. Firefox's moz-extension pages cannot be opened by the driver; the component tests cover them.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { SIDEBAR_HOST, waitForSidebarFrame } from '../../scripts/lib/launch-chromium';
import { PATHS, newsUrl } from '../../scripts/lib/demo-site';
import { brokenPack, brokenPackErrors, smallPack } from '../unit/options-packs';
import { chromiumSuite } from './suite';

const axeSource = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const suite = chromiumSuite();
let options: Page;

beforeEach(async () => {
  options = await suite.browser.context.newPage();
  await options.goto(suite.browser.extensionUrl('options.html'));
  await options.getByRole('heading', { name: 'Backstory settings' }).waitFor({ timeout: 20_000 });
});

afterEach(async () => {
  await options?.close();
});

const storedSettings = () => options.evaluate(() => (globalThis as any).chrome.storage.local.get(['sites.enabled', 'sites.openMode']));
const registeredScripts = () => suite.browser.serviceWorker.evaluate(() => (globalThis as any).chrome.scripting.getRegisteredContentScripts() as Promise<{ id: string }[]>);
const packFile = (name: string, data: unknown) => ({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(data)) });
const packTitles = () => options.locator('li.pack .card-title').allTextContents();

describe('Chromium: options page', () => {
  test('switching PinkNews off stops Backstory on its articles; switching it on brings the sidebar back', async () => {
    const pinkNews = options.getByLabel('Run Backstory on PinkNews');
    await pinkNews.uncheck();
    await expect.poll(storedSettings).toMatchObject({ 'sites.enabled': { 'pinknews.co.uk': false } });

    const article = await suite.browser.context.newPage();
    try {
      suite.server.resetCounts();
      await article.goto(newsUrl(PATHS.reference), { waitUntil: 'load' });
      await article.waitForTimeout(2_500);
      expect(suite.server.count(PATHS.reference)).toBe(1); // the article was really served ...
      expect(await article.evaluate((tag) => document.querySelectorAll(tag).length, SIDEBAR_HOST)).toBe(0); // ... and left alone

      await pinkNews.check();
      await expect.poll(storedSettings).toMatchObject({ 'sites.enabled': { 'pinknews.co.uk': true } });
      await article.reload();
      await waitForSidebarFrame(article, 'main.sidebar, button.tab');
    } finally {
      await article.close();
    }
  });

  test('"only on click" is stored per site for the sidebar to read', async () => {
    await options.getByLabel('How the sidebar opens on BBC News').selectOption('click');
    await expect.poll(storedSettings).toMatchObject({ 'sites.openMode': { 'bbc.co.uk': 'click' } });
    await options.getByLabel('How the sidebar opens on BBC News').selectOption('auto');
    await expect.poll(storedSettings).toMatchObject({ 'sites.openMode': { 'bbc.co.uk': 'auto' } });
  });

  test('imports a valid pack, shows each error of an invalid one, exports, and reset asks before wiping', async () => {
    await expect.poll(packTitles, { timeout: 20_000 }).toContain('Backstory starter pack');
    const fileInput = options.getByLabel('Import a pack file (.json)');

    await fileInput.setInputFiles(packFile('small.json', smallPack));
    await options.getByText('Installed Options test pack 1.2.0.').waitFor();
    await expect.poll(packTitles).toContain('Options test pack');
    const card = options.locator('li.pack[data-pack="options-test"]');
    expect(await card.locator('.counts').textContent()).toBe('Sources: 1 · fact-checks: 0 · corrections: 0 · reports: 0 · stories: 0');

    await fileInput.setInputFiles(packFile('broken.json', brokenPack));
    const alert = options.getByRole('alert');
    await alert.getByText('broken.json was not imported. Nothing was changed.').waitFor();
    const lines = await alert.locator('li').allTextContents();
    for (const pattern of brokenPackErrors) expect(lines.some((l) => pattern.test(l)), JSON.stringify(lines)).toBe(true);
    expect(await packTitles()).not.toContain('options-broken');

    const [download] = await Promise.all([options.waitForEvent('download'), card.getByRole('button', { name: 'Export Options test pack' }).click()]);
    expect(download.suggestedFilename()).toBe('options-test-1.2.0.json');
    const exported = JSON.parse(await readFile((await download.path())!, 'utf8'));
    expect(exported).toMatchObject({ format: 'backstory-pack', formatVersion: 1, pack: smallPack.pack });
    expect(exported.entities).toEqual([expect.objectContaining(smallPack.entities[0])]);

    // Reset: the first click only asks; cancel changes nothing; confirming wipes and reinstalls the starter pack.
    await options.getByRole('button', { name: 'Reset all data…' }).click();
    await options.getByRole('button', { name: 'Cancel' }).click();
    expect(await packTitles()).toContain('Options test pack');
    await options.getByRole('button', { name: 'Reset all data…' }).click();
    await options.getByRole('button', { name: 'Yes, delete everything' }).click();
    await options.getByText('All data was reset; the starter pack is installed again.').waitFor({ timeout: 30_000 });
    await expect.poll(packTitles, { timeout: 20_000 }).toEqual(['Backstory starter pack']);
  });

  test('adding a site makes a real permission request from the click; without a grant nothing is registered', async () => {
    await options.getByLabel('Add a news site').fill('https://www.example.com/news/1');
    await options.getByRole('button', { name: 'Add site' }).click();
    // Chromium now shows its permission prompt (no error came back, the form waits for the answer);
    // automation cannot answer an extension permission prompt, so the granted path is covered by the unit tests.
    await expect.poll(() => options.getByRole('button', { name: 'Add site' }).isDisabled()).toBe(true);
    expect(await options.locator('.add-site .status').textContent()).toBe('');

    // The background refuses to register a site the reader did not grant, whoever asks.
    const reply = await options.evaluate(() => (globalThis as any).chrome.runtime.sendMessage({ type: 'ui/addSite', payload: { host: 'example.com' } }));
    expect(reply).toEqual({ ok: false, error: 'Backstory may not read example.com: access was not granted' });
    expect(await registeredScripts()).toEqual([]);
    expect(await options.evaluate(() => (globalThis as any).chrome.permissions.contains({ origins: ['*://example.com/*'] }))).toBe(false);
  });

  test('axe-core finds no serious or critical violation, in light and dark', async () => {
    await options.evaluate(await axeSource);
    for (const colorScheme of ['light', 'dark'] as const) {
      await options.emulateMedia({ colorScheme });
      // Open a confirmation too, so its controls are checked as well.
      await options.getByRole('button', { name: 'Reset all data…' }).click();
      const violations = await options.evaluate(async () => {
        const result = await (globalThis as any).axe.run(document, { resultTypes: ['violations'] });
        return (result.violations as { id: string; impact: string; nodes: { target: string[] }[] }[])
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
      });
      expect(violations, colorScheme).toEqual([]);
      await options.getByRole('button', { name: 'Cancel' }).click();
    }
  });
});
