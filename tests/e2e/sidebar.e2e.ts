/**
 * The in-page sidebar in Chromium: opening and closing (button, Escape, tab, per-site open mode), and
 * the links between cards and the article's highlights in both directions.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { SIDEBAR_HOST, waitForSidebarFrame } from '../../scripts/lib/launch-chromium';
import { PATHS, newsUrl } from '../../scripts/lib/demo-site';
import { MAX_WIDTH } from '../../src/content/panel-geometry';
import { chromiumSuite } from './suite';

const suite = chromiumSuite();
let page: Page;

/** Sets (or clears) the per-site open mode the options page and the sidebar switch write. */
async function setOpenMode(mode: 'auto' | 'click' | null): Promise<void> {
  const p = await suite.browser.context.newPage();
  try {
    await p.goto(suite.browser.extensionUrl('popup.html'));
    await p.evaluate((m) => {
      const storage = (globalThis as any).chrome.storage.local;
      return m ? storage.set({ 'sites.openMode': { 'pinknews.co.uk': m } }) : storage.remove('sites.openMode');
    }, mode);
  } finally {
    await p.close();
  }
}

beforeEach(async () => {
  await setOpenMode(null);
  page = await suite.browser.context.newPage();
});

afterEach(async () => {
  await page?.close();
});

const hostState = (p: Page) => p.evaluate((tag) => document.querySelector<HTMLElement>(tag)?.dataset.state ?? null, SIDEBAR_HOST);
const waitState = (p: Page, state: string) =>
  p.waitForFunction(([tag, s]) => document.querySelector<HTMLElement>(tag!)?.dataset.state === s, [SIDEBAR_HOST, state], { timeout: 10_000 });

describe('Chromium: sidebar open and close', () => {
  test('collapse button, tab and Escape; the page layout never moves', async () => {
    await page.goto(newsUrl(PATHS.reference));
    const frame = await waitForSidebarFrame(page, 'main.sidebar');
    await frame.waitForSelector('li.card.source');
    expect(await hostState(page)).toBe('expanded');
    const articleBox = () => page.locator('article.story').boundingBox();
    const before = await articleBox();

    // On a 1400 px window the panel sits in the margin right of the article text, never over it.
    const panel = (await page.locator(SIDEBAR_HOST).boundingBox())!;
    expect(panel.x).toBeGreaterThanOrEqual(before!.x + before!.width);

    await frame.click('button.collapse');
    await waitState(page, 'collapsed');
    const tab = await frame.waitForSelector('button.tab');
    expect(await tab.textContent()).toMatch(/Open Backstory: \d+ sources? · \d+ claims? checked$/);

    await tab.click();
    await waitState(page, 'expanded');
    await frame.waitForSelector('main.sidebar');
    await frame.focus('button.collapse');
    await page.keyboard.press('Escape');
    await waitState(page, 'collapsed');
    // Focus lands on the tab, so Enter opens it again.
    await frame.waitForSelector('button.tab:focus');
    await page.keyboard.press('Enter');
    await waitState(page, 'expanded');
    expect(await articleBox()).toEqual(before);
  });

  test('a stylesheet that arrives after DOMContentLoaded still gets the panel its margin beside the article', async () => {
    // Held back until well after the content script has run: the article is full-width until it applies.
    await page.route('**/assets/site.css', async (route) => {
      await new Promise((r) => setTimeout(r, 500));
      await route.continue();
    });
    await page.goto(newsUrl(PATHS.reference), { waitUntil: 'load' });
    await waitForSidebarFrame(page, 'main.sidebar');
    const article = (await page.locator('article.story').boundingBox())!;
    const panel = (await page.locator(SIDEBAR_HOST).boundingBox())!;
    const viewport = page.viewportSize()!;
    // The margin right of the article is wider than the panel's maximum here, so the panel takes that maximum, beside the text.
    expect(viewport.width - (article.x + article.width)).toBeGreaterThan(MAX_WIDTH + 16);
    expect(panel.width).toBe(MAX_WIDTH);
    expect(panel.x).toBeGreaterThanOrEqual(article.x + article.width);
  });

  test('a site set to "only on click" starts as the tab', async () => {
    await setOpenMode('click');
    await page.goto(newsUrl(PATHS.reference));
    await page.waitForSelector(SIDEBAR_HOST, { state: 'attached', timeout: 20_000 });
    expect(await hostState(page)).toBe('collapsed');
    const frame = await waitForSidebarFrame(page, 'button.tab');
    await frame.click('button.tab');
    await waitState(page, 'expanded');
  });
});

interface DomNode {
  nodeId: number;
  nodeName: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

const classOf = (n: DomNode) => n.attributes?.[n.attributes.indexOf('class') + 1]?.split(' ') ?? [];
function find(n: DomNode, test: (n: DomNode) => boolean): DomNode | null {
  if (test(n)) return n;
  for (const c of [...(n.shadowRoots ?? []), ...(n.children ?? [])]) {
    const hit = find(c, test);
    if (hit) return hit;
  }
  return null;
}

/** Runs `use` on the sidebar host's closed shadow root, which only the DevTools protocol can pierce. */
async function inHostShadow<T>(p: Page, use: (shadow: DomNode, cdp: CDPSession) => Promise<T>): Promise<T> {
  const cdp = await suite.browser.context.newCDPSession(p);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const shadow = find(root, (n) => n.attributes?.includes('data-backstory-sidebar') === true)?.shadowRoots?.[0];
    if (!shadow) throw new Error('no sidebar host with a shadow root');
    return await use(shadow, cdp);
  } finally {
    await cdp.detach();
  }
}

/** Border boxes of the shell's parts (under the frame), by class, in page coordinates; null for a part not rendered. */
const shellBoxes = (p: Page, classes: string[]) =>
  inHostShadow(p, async (shadow, cdp) => {
    const shellRoot = find(shadow, (n) => classOf(n).includes('shell'));
    if (!shellRoot) throw new Error('no sidebar shell in the host');
    const out: Record<string, { y: number; height: number; x: number; width: number } | null> = {};
    for (const name of classes) {
      const node = find(shellRoot, (n) => classOf(n).includes(name));
      if (!node) throw new Error(`no .${name} in the shell`);
      const box = await cdp.send('DOM.getBoxModel', { nodeId: node.nodeId }).catch(() => null);
      const q = box?.model.border;
      out[name] = q ? { x: q[0]!, y: q[1]!, width: q[2]! - q[0]!, height: q[5]! - q[1]! } : null;
    }
    return out;
  });

/** The sidebar frame's title attribute (its name for assistive technology). */
const frameTitle = (p: Page) =>
  inHostShadow(p, async (shadow) => {
    const frame = find(shadow, (n) => n.nodeName === 'IFRAME');
    const attrs = frame?.attributes ?? [];
    return attrs.includes('title') ? attrs[attrs.indexOf('title') + 1]! : null;
  });

describe('Chromium: the sidebar outline shown while its frame loads', () => {
  test('lies exactly under the frame, in the panel and as the tab, and only the current one shows; the frame has its title', async () => {
    await page.goto(newsUrl(PATHS.reference));
    const frame = await waitForSidebarFrame(page, 'main.sidebar');
    const host = (await page.locator(SIDEBAR_HOST).boundingBox())!;
    expect(await frameTitle(page)).toBe('Backstory: sources and claims of this article');
    const panel = await shellBoxes(page, ['sidebar', 'bar', 'tab-logo', 'tab']);
    expect(panel.tab).toBeNull();
    expect(panel.sidebar).toEqual({ x: host.x, y: host.y, width: host.width, height: host.height });
    const bar = (await frame.locator('.bar').boundingBox())!;
    const logo = (await frame.locator('.bar .tab-logo').boundingBox())!;
    for (const [shellBox, frameBox] of [[panel.bar!, bar], [panel['tab-logo']!, logo]] as const) {
      for (const k of ['x', 'y', 'width', 'height'] as const) expect(shellBox[k]).toBeCloseTo(frameBox[k], 0);
    }

    await frame.click('button.collapse');
    await waitState(page, 'collapsed');
    // The host frame takes the tab's size a frame after the state changes: measure once both sides have settled.
    const offBy = async (): Promise<number> => {
      const tab = (await (await frame.waitForSelector('button.tab')).boundingBox())!;
      const shell = (await shellBoxes(page, ['tab'])).tab;
      return shell ? Math.max(...(['x', 'y', 'width', 'height'] as const).map((k) => Math.abs(shell[k] - tab[k]))) : Infinity;
    };
    await expect.poll(offBy, { timeout: 5_000 }).toBeLessThan(0.5);
    expect((await shellBoxes(page, ['sidebar'])).sidebar).toBeNull();
  });
});

describe('Chromium: cards and highlights', () => {
  test('sources and claims are highlighted without touching the page DOM', async () => {
    await page.goto(newsUrl(PATHS.reference));
    const html = await page.evaluate(() => document.querySelector('article')!.innerHTML);
    const frame = await waitForSidebarFrame(page, 'main.sidebar');
    await frame.waitForSelector('li.card.source');
    await page.waitForFunction(() => (CSS.highlights.get('backstory-source')?.size ?? 0) > 0, null, { timeout: 10_000 });
    const texts = await page.evaluate(() => [...CSS.highlights.get('backstory-source')!].map((r) => (r as Range).toString()));
    expect(texts).toContain('Novaya Gazeta');
    expect(await page.evaluate(() => (CSS.highlights.get('backstory-claim')?.size ?? 0) > 0)).toBe(true);
    expect(await page.evaluate(() => document.querySelector('article')!.innerHTML)).toBe(html);
  });

  test('a card scrolls to and flashes its first mention', async () => {
    await page.goto(newsUrl(PATHS.reference));
    const frame = await waitForSidebarFrame(page, 'main.sidebar');
    await page.waitForFunction(() => (CSS.highlights.get('backstory-source')?.size ?? 0) > 0, null, { timeout: 10_000 });
    const card = frame.locator('li.card.source', { hasText: 'Russian LGBT Network' }).first();
    await card.locator('button.card-link').click();
    await page.waitForFunction(() => CSS.highlights.has('backstory-flash'), null, { timeout: 5_000 });
    expect(await page.evaluate(() => ([...CSS.highlights.get('backstory-flash')!][0] as Range).toString())).toMatch(/Russian LGBT Network/);
    // Scrolled into the viewport (smooth scrolling takes a moment).
    await page.waitForFunction(() => {
      const box = ([...CSS.highlights.get('backstory-flash')!][0] as Range).getBoundingClientRect();
      return box.top >= 0 && box.bottom <= innerHeight;
    }, null, { timeout: 5_000 });
  });

  test('clicking a highlighted mention opens its card', async () => {
    await page.goto(newsUrl(PATHS.reference));
    const frame = await waitForSidebarFrame(page, 'main.sidebar');
    await page.waitForFunction(() => (CSS.highlights.get('backstory-source')?.size ?? 0) > 0, null, { timeout: 10_000 });
    const point = await page.evaluate(() => {
      const range = [...CSS.highlights.get('backstory-source')!].map((r) => r as Range).find((r) => r.toString() === 'Novaya Gazeta')!;
      range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const box = range.getClientRects()[0]!;
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    });
    await page.mouse.click(point.x, point.y);
    const active = await frame.waitForSelector('li.card.active', { timeout: 5_000 });
    expect(await active.getAttribute('data-card')).toMatch(/^source:.*Novaya Gazeta/);
  });
});
