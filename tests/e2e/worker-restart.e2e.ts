/**
 * Chromium stops an MV3 service worker whenever it likes, also in the middle of a request. Here the
 * worker is kept busy while an article's content script sends its analysis, and is stopped (CDP
 * ServiceWorker.stopAllWorkers) with the request in flight: the content script must send it once more
 * (src/messaging/client.ts), a fresh worker answers, and the sidebar still fills.
 */
import { describe, expect, test } from 'vitest';
import { waitForSidebarFrame } from '../../scripts/lib/launch-chromium';
import { PATHS, newsUrl } from '../../scripts/lib/demo-site';
import { chromiumSuite } from './suite';

/** How long the worker's thread is kept busy: far longer than it takes the content script to send. */
const BUSY_MS = 6_000;
const CHECHNYA_HEADLINE = 'Chechnya: activists urge G20 leaders to confront Putin over anti-gay purge';

const suite = chromiumSuite();

describe('Chromium: service worker stopped mid-request', () => {
  test('the content script retries once and the sidebar fills from a fresh worker', async () => {
    const page = await suite.browser.context.newPage();
    const logged: string[] = [];
    page.on('console', (m) => {
      if (/backstory/i.test(m.text())) logged.push(`${m.type()}: ${m.text().slice(0, 200)}`);
    });
    // A first article, so the starter pack is installed and only the delay made below stands in the way.
    await page.goto(newsUrl(PATHS.reference));
    await waitForSidebarFrame(page, 'li.card.source', 30_000);

    const cdp = await suite.browser.context.newCDPSession(page);
    const statuses: string[] = [];
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      for (const v of versions) if (v.scriptURL.startsWith(suite.browser.extensionUrl(''))) statuses.push(v.runningStatus);
    });
    await cdp.send('ServiceWorker.enable');
    const worker = suite.browser.context.serviceWorkers()[0]!;
    await worker.evaluate((ms) => {
      setTimeout(() => {
        const end = Date.now() + ms;
        while (Date.now() < end);
      }, 0);
    }, BUSY_MS);

    const started = Date.now();
    await page.goto(newsUrl(PATHS.chechnya), { waitUntil: 'load' });
    // The content script runs when the document is parsed and sends at once; the busy worker cannot answer.
    await page.waitForTimeout(500);
    expect(Date.now() - started, 'the worker was still busy when it was stopped').toBeLessThan(BUSY_MS - 1_000);
    await cdp.send('ServiceWorker.stopAllWorkers');

    const frame = await waitForSidebarFrame(page, 'li.card.source', 20_000);
    await frame.waitForFunction((title) => document.querySelector('h1.article-title')?.textContent === title, CHECHNYA_HEADLINE, { timeout: 10_000 });
    expect(statuses, 'the worker was stopped and started again').toEqual(expect.arrayContaining(['stopped', 'running']));
    expect(statuses.lastIndexOf('running')).toBeGreaterThan(statuses.indexOf('stopped'));
    expect(logged, 'the content script gave up on the lost request').toEqual([]);
    await cdp.detach();
    await page.close();
  });
});
