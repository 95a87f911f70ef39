/**
 * Shared by scripts/demo.ts and scripts/screenshots.ts: build, serve the demo site, run Chromium with
 * the extension, and either keep it open (headed) or write screenshots (headless).
 */
import { spawnSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { repoRoot } from './paths';
import { HOSTILE_PATH, NEWS_HOST, PATHS, newsUrl } from './demo-site';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { launchChromium, SIDEBAR_HOST, waitForSidebarFrame, type ChromiumWithExtension } from './launch-chromium';

export interface DemoArgs {
  build: boolean;
  headless: boolean;
  outDir: string;
}

export function parseDemoArgs(argv = process.argv.slice(2)): DemoArgs {
  const out = argv.find((a) => a.startsWith('--out='))?.slice('--out='.length);
  return {
    build: !argv.includes('--no-build'),
    // Headed only when asked for nothing else and there is a display to show the window on.
    headless: argv.includes('--headless') || !process.env.DISPLAY,
    outDir: resolve(repoRoot, out ?? 'demo-screenshots'),
  };
}

/** Debian's Chromium and Firefox ESR, installed with apt when missing (no browser downloads work here). */
export function ensureBrowsers(): void {
  const r = spawnSync('bash', [join(repoRoot, 'scripts', 'ensure-browsers.sh')], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('Chromium and Firefox ESR are needed; see the message above.');
}

/** `wxt build` and `wxt build -b firefox`, output streamed; throws when either fails. */
export function buildBoth(): void {
  const wxt = join(repoRoot, 'node_modules', '.bin', 'wxt');
  for (const args of [['build'], ['build', '-b', 'firefox']]) {
    console.log(`\n$ wxt ${args.join(' ')}`);
    const r = spawnSync(wxt, args, { cwd: repoRoot, stdio: 'inherit' });
    if (r.status !== 0) throw new Error(`wxt ${args.join(' ')} failed (exit ${r.status ?? r.signal})`);
  }
}

/** Every site back to its default open mode ("auto": the sidebar opens beside the article). */
async function resetOpenModes(browser: ChromiumWithExtension): Promise<void> {
  const p = await browser.context.newPage();
  try {
    await p.goto(browser.extensionUrl('popup.html'));
    await p.evaluate(() => (globalThis as any).chrome.storage.local.remove('sites.openMode'));
  } finally {
    await p.close();
  }
}

async function openWithSidebar(browser: ChromiumWithExtension, path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(newsUrl(path));
  const frame = await waitForSidebarFrame(page, 'main.sidebar, button.tab', 30_000);
  // Let the sidebar finish rendering its cards (they arrive after the background has matched the article).
  await frame.waitForSelector('li.card', { timeout: 15_000 }).catch(() => {});
  await page.waitForTimeout(500);
  return page;
}

/** Writes the demo screenshots; returns their absolute paths. */
export async function captureScreenshots(
  server: FixtureServer,
  outDir: string,
  { colorScheme = 'light', suffix = '' }: { colorScheme?: 'light' | 'dark'; suffix?: string } = {},
): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const browser = await launchChromium({ port: server.port, headless: true, colorScheme });
  const written: string[] = [];
  const shot = async (page: Page, name: string) => {
    const file = join(outDir, `${name}${suffix}.png`);
    await page.screenshot({ path: file });
    written.push(file);
  };
  try {
    await resetOpenModes(browser);

    const article = await openWithSidebar(browser, PATHS.chechnya);
    await shot(article, 'chechnya-sidebar');

    const frame = await waitForSidebarFrame(article, 'main.sidebar');
    await frame.click('button.collapse');
    await article.waitForFunction((tag) => document.querySelector<HTMLElement>(tag)?.dataset.state === 'collapsed', SIDEBAR_HOST);
    await waitForSidebarFrame(article, 'button.tab');
    await article.waitForTimeout(300);
    await shot(article, 'chechnya-collapsed');
    await article.close();

    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(browser.extensionUrl('popup.html'));
    await popup.locator('input[type=search]').fill('Novaya');
    await popup
      .locator('.results section[aria-label=Sources] .card-title', { hasText: 'Novaya Gazeta' })
      .first()
      .waitFor({ timeout: 15_000 })
      .catch(() => console.warn('popup: no "Novaya Gazeta" source result appeared within 15 s'));
    await popup.waitForTimeout(300);
    await shot(popup, 'popup-search-novaya');
    await popup.close();

    const reference = await openWithSidebar(browser, PATHS.reference);
    await shot(reference, 'reference-sidebar');
    // A card clicked: the article scrolls to its first mention, flashed among the highlights.
    const referenceFrame = await waitForSidebarFrame(reference, 'li.card.source');
    await referenceFrame.locator('li.card.source button.card-link', { hasText: 'Russian LGBT Network' }).first().click();
    await reference.waitForTimeout(700);
    await shot(reference, 'reference-card-to-article');
    await reference.close();

    const options = await browser.context.newPage();
    await options.setViewportSize({ width: 1000, height: 900 });
    await options.goto(browser.extensionUrl('options.html'));
    await options.waitForTimeout(800);
    await shot(options, 'options');
    await options.close();

    // The page with sidebar-hostile CSS (iframe{display:none!important}, *{z-index:0!important}, ...).
    const hostile = await openWithSidebar(browser, HOSTILE_PATH);
    await shot(hostile, 'hostile-css-sidebar');
    await hostile.close();
  } finally {
    await browser.close();
  }
  return written;
}

/** Headed demo: the front page and the Chechnya article in a visible window, until Ctrl-C. */
export async function runHeaded(server: FixtureServer): Promise<void> {
  const browser = await launchChromium({ port: server.port, headless: false, viewport: null });
  const home = browser.context.pages()[0] ?? (await browser.context.newPage());
  await home.goto(newsUrl(PATHS.home));
  const article = await browser.context.newPage();
  await article.goto(newsUrl(PATHS.chechnya));
  console.log(`\nChromium is running with Backstory (${browser.extensionId}).`);
  console.log(`  front page:  ${newsUrl(PATHS.home)}`);
  console.log(`  article:     ${newsUrl(PATHS.chechnya)}`);
  console.log(`  reference:   ${newsUrl(PATHS.reference)}`);
  console.log(`  popup:       ${browser.extensionUrl('popup.html')}`);
  console.log('Press Ctrl-C to stop.');
  await new Promise<void>((done) => {
    const stop = () => done();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    browser.context.once('close', stop);
  });
  await browser.close();
}

export async function withFixtureServer<T>(fn: (server: FixtureServer) => Promise<T>): Promise<T> {
  const server = await startFixtureServer();
  console.log(`Fixture server on ${server.origin}, answering for ${NEWS_HOST}`);
  try {
    return await fn(server);
  } finally {
    await server.close();
  }
}
