/**
 * What the content script costs the page's main thread on pages of a supported site that are not
 * articles (it must give up there within 1 ms of its own work), in Chromium with the built extension:
 * - evaluation: compiling and running the script's top level (the trace's EvaluateScript event);
 * - JavaScript: every CPU-profile sample with the content script on its stack, from its top level to
 *   giving up (the site settings are read meanwhile, off the main thread);
 * baseline: the page's own HTML parsing on the same load (the trace's ParseHTML events).
 * Medians of RUNS loads per page. Needs `npx wxt build`.
 */
import type { CDPSession, Page } from 'playwright-core';
import { newsUrl } from '../scripts/lib/demo-site';
import { startFixtureServer } from '../scripts/lib/fixture-server';
import { launchChromium } from '../scripts/lib/launch-chromium';
import { median } from './stats';

const RUNS = 7;
const SCRIPT = '/content-scripts/content.js';

/** Paths on the demo news host (a supported site) that serve pages of other kinds. */
const PAGES: Record<string, string> = {
  '/': 'index.html',
  '/news/world/': '../pages/guardian-section.html',
  '/search/': '../pages/search-results.html',
  '/tag/chechnya/': '../pages/generic-tag.html',
  '/live/': '../pages/liveblog-index.html',
};

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  args?: { data?: { url?: string } };
}

/** Loads `url` with tracing on: the content script's evaluation and the page's HTML parsing, in ms. */
async function traced(page: Page, cdp: CDPSession, url: string): Promise<{ evaluation: number; parse: number }> {
  const events: TraceEvent[] = [];
  const collect = (e: { value: object[] }) => events.push(...(e.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline'] } } as never);
  await page.goto(url);
  await page.waitForTimeout(400);
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await done;
  cdp.off('Tracing.dataCollected', collect);
  const total = (keep: (e: TraceEvent) => boolean) => events.filter((e) => e.ph === 'X' && keep(e)).reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000;
  const evaluation = total((e) => e.name === 'EvaluateScript' && (e.args?.data?.url ?? '').endsWith(SCRIPT));
  if (evaluation === 0) throw new Error(`the content script did not run on ${url}`);
  return { evaluation, parse: total((e) => e.name === 'ParseHTML') };
}

interface ProfileNode {
  id: number;
  callFrame: { url: string };
  children?: number[];
}

/** Loads `url` under the sampling profiler: the ms of samples with the content script on the stack. */
async function profiled(page: Page, cdp: CDPSession, url: string): Promise<number> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  await page.goto(url);
  await page.waitForTimeout(400);
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
  const parent = new Map<number, ProfileNode>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const ours = new Map<number, boolean>();
  const inScript = (id: number): boolean => {
    let known = ours.get(id);
    if (known === undefined) {
      const node = byId.get(id)!;
      const up = parent.get(id);
      known = node.callFrame.url.endsWith(SCRIPT) || (up !== undefined && inScript(up.id));
      ours.set(id, known);
    }
    return known;
  };
  // Each sample's time is the delta to the next one.
  let us = 0;
  profile.samples.forEach((id, i) => {
    if (inScript(id)) us += profile.timeDeltas[i + 1] ?? 0;
  });
  return us / 1000;
}

export async function benchContentScript(): Promise<void> {
  const server = await startFixtureServer({ routes: PAGES });
  const browser = await launchChromium({ port: server.port });
  const rows: string[] = [];
  const inNewTab = async <T>(load: (page: Page, cdp: CDPSession) => Promise<T>): Promise<T> => {
    const page = await browser.context.newPage();
    try {
      return await load(page, await browser.context.newCDPSession(page));
    } finally {
      await page.close();
    }
  };
  try {
    for (const path of Object.keys(PAGES)) {
      const url = newsUrl(path);
      const evaluation: number[] = [];
      const parse: number[] = [];
      const js: number[] = [];
      for (let i = 0; i < RUNS + 1; i++) {
        // A fresh tab per load, as a reader opening the page would have (a second load in the same tab
        // finds the script already compiled); the first round warms the disk cache.
        const t = await inNewTab((page, cdp) => traced(page, cdp, url));
        const ms = await inNewTab((page, cdp) => profiled(page, cdp, url));
        if (i === 0) continue;
        evaluation.push(t.evaluation);
        parse.push(t.parse);
        js.push(ms);
      }
      const e = median(evaluation);
      const p = median(parse);
      rows.push(`${path.padEnd(16)} ${e.toFixed(2).padStart(10)} ${median(js).toFixed(2).padStart(14)} ${p.toFixed(2).padStart(12)} ${`${(e / p).toFixed(2)}x`.padStart(8)}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`\nContent script on non-article pages of a supported site, Chromium (median of ${RUNS} loads; ms of the page's main thread)`);
  console.log(`${'page'.padEnd(16)} ${'evaluation'.padStart(10)} ${'JS, all of it'.padStart(14)} ${'page parse'.padStart(12)} ${'ratio'.padStart(8)}`);
  for (const row of rows) console.log(row);
  console.log('evaluation = compiling + running the top level (tracing on); JS = profiler samples with the script on the stack; ratio = evaluation / the page\'s own HTML parse');
}
