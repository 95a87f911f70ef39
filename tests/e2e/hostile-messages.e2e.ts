/**
 * What an article page can do to reach Backstory in Chromium: it cannot see into the sidebar (closed
 * shadow root, extension-origin frame), has no runtime.sendMessage to the extension (no
 * externally_connectable), and messages it posts in the protocol's shapes change nothing.
 */
import { describe, expect, test } from 'vitest';
import { SIDEBAR_HOST, waitForSidebarFrame } from '../../scripts/lib/launch-chromium';
import { PATHS, newsUrl } from '../../scripts/lib/demo-site';
import { chromiumSuite } from './suite';

const suite = chromiumSuite();

describe('Chromium: the page cannot reach the sidebar or the background', () => {
  test('no shadow root, no frame document, no runtime messaging from the page; postMessage is ignored', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(newsUrl(PATHS.reference));
    const frame = await waitForSidebarFrame(page, 'li.card.source', 30_000);
    const before = await frame.$$eval('li.card', (cards) => cards.length);

    const reach = await page.evaluate(
      async ({ tag, id }) => {
        const host = document.querySelector(tag)!;
        const frameDocs: string[] = [];
        for (let i = 0; i < window.frames.length; i++) {
          try {
            frameDocs.push(String(window.frames[i]!.document.body.innerHTML.length));
          } catch (e) {
            frameDocs.push(`blocked: ${(e as Error).name}`);
          }
        }
        const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime;
        let sent = 'no runtime.sendMessage';
        if (typeof runtime?.sendMessage === 'function') {
          sent = await new Promise<string>((resolve) => {
            try {
              (runtime.sendMessage as (id: string, m: unknown, cb: (r: unknown) => void) => void)(id, { type: 'ui/resetData', payload: {} }, (r) => resolve(`answered ${JSON.stringify(r)}`));
            } catch (e) {
              resolve(`threw ${(e as Error).message}`);
            }
          });
        }
        // The protocol's messages and a script payload posted to the page's own window (where the content script lives).
        for (const m of [{ type: 'ui/resetData', payload: {} }, { type: 'backstory/page', command: { kind: 'setCollapsed', collapsed: true } }, '<img src=x onerror=alert(1)>']) {
          window.postMessage(m, '*');
        }
        return { shadowRoot: host.shadowRoot === null ? null : 'open', children: host.children.length, frameDocs, sent };
      },
      { tag: SIDEBAR_HOST, id: suite.browser.extensionId },
    );
    expect(reach.shadowRoot).toBeNull();
    expect(reach.children).toBe(0);
    // A frame inside a closed shadow root is not among window.frames: the page cannot even address the sidebar.
    expect(reach.frameDocs).toEqual([]);
    expect(reach.sent).toMatch(/^(?:no runtime\.sendMessage|threw |answered undefined)/);

    await page.waitForTimeout(500);
    expect(await page.evaluate((tag) => document.querySelector<HTMLElement>(tag)?.dataset.state, SIDEBAR_HOST)).toBe('expanded');
    expect(await frame.$$eval('li.card', (cards) => cards.length)).toBe(before);
    await page.close();
  });

  test('posts nothing to the page: no window message announces Backstory', async () => {
    const page = await suite.browser.context.newPage();
    await page.addInitScript(() => {
      const seen: unknown[] = ((globalThis as { __messages?: unknown[] }).__messages = []);
      window.addEventListener('message', (e) => seen.push(e.data));
    });
    await page.goto(newsUrl(PATHS.reference));
    await waitForSidebarFrame(page, 'li.card.source', 30_000);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (globalThis as { __messages?: unknown[] }).__messages)).toEqual([]);
    await page.close();
  });
});
