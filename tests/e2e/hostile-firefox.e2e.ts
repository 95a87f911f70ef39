/**
 * The whole hostile-page corpus in firefox-esr with the built MV2 extension, judged exactly as in
 * Chromium (tests/hostile/inspect.ts).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchFirefox, waitForFirefoxSidebarFrame as sidebarFrame, type FirefoxWithExtension } from '../../scripts/lib/launch-firefox';
import { SIDEBAR_HOST } from '../../scripts/lib/launch-chromium';
import { CORPUS } from '../hostile/corpus';
import { HOST_STYLE, inspectPage, inspectSidebar, problems, type PageReport } from '../hostile/inspect';
import { startHostileSite, type HostileSite } from '../hostile/serve';

const PARSER_NOTICE = /^The document tree is too deep/;
const SHOWN_BOUND_MS = 20_000;

let site: HostileSite;
let firefox: FirefoxWithExtension;
const times: { slug: string; ms: number }[] = [];

beforeAll(async () => {
  site = await startHostileSite(CORPUS);
  firefox = await launchFirefox({ proxyPort: site.server.port });
});

afterAll(async () => {
  const worst = [...times].sort((a, b) => b.ms - a.ms)[0];
  if (worst) console.log(`hostile corpus in Firefox: ${times.length} pages, worst navigation-to-sidebar ${worst.ms} ms (${worst.slug})`);
  await firefox?.close();
  await site?.close();
});

describe('Firefox: hostile pages', () => {
  for (const hostile of CORPUS) {
    test(`${hostile.group}/${hostile.slug}`, async () => {
      const page = await firefox.browser.newPage();
      try {
        const logged: string[] = [];
        page.on('pageerror', (e) => {
          const message = String((e as Error).message ?? e);
          // Firefox's HTML parser reports flattening a 10,000-deep page itself, extension or not.
          if (!PARSER_NOTICE.test(message)) logged.push(`pageerror: ${message.slice(0, 200)}`);
        });
        const started = Date.now();
        await page.goto(site.urlOf(hostile), { waitUntil: 'domcontentloaded' });
        const frame = await sidebarFrame(page, 'main.sidebar', SHOWN_BOUND_MS);
        times.push({ slug: hostile.slug, ms: Date.now() - started });
        await frame.waitForSelector('h1.article-title', { timeout: 10_000 });
        await new Promise((r) => setTimeout(r, 300));
        const report = JSON.parse(await page.evaluate(inspectPage, { tag: SIDEBAR_HOST, props: Object.keys(HOST_STYLE) })) as PageReport;
        expect(problems(hostile, report, await frame.evaluate(inspectSidebar), logged), hostile.what).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }
});
