/**
 * What Backstory's content scripts cost the page's main thread on pages of a supported site that are
 * not articles (the bar: give up within 1 ms), in Chromium with the built extension. At addresses
 * outside the site's article URL globs no script should run at all; where a glob accepts the address
 * but the exact pattern does not, only that site's gate (gates/<site>.js) should, and give up; the full content
 * script is imported where the page may be an article.
 * - all of it: the script injection (the browser's setup of the content-script world and the gate's
 *   evaluation, one trace event) and later callbacks of the extension's scripts, overlaps counted once;
 * - world setup: the browser's part of the injection, which any content script pays;
 * - our JS: evaluation and callbacks of the extension's scripts (the full script's module included, had
 *   it been loaded);
 * - JS, profiler: every CPU-profile sample with an extension script on its stack;
 * - gate ran: on how many loads a script of ours ran at all;
 * - full script: on how many loads the full content script was fetched (0 is right on these pages);
 * baseline: the page's own HTML parsing on the same load (the trace's ParseHTML events, without the
 * injection that a document_start script runs inside them).
 * Medians of RUNS loads per page (15: the gate's cost is under a millisecond, and a shared machine moves
 * single loads by a few tenths). Needs `npx wxt build`.
 */
import type { CDPSession, Page } from 'playwright-core';
import { newsUrl } from '../scripts/lib/demo-site';
import { startFixtureServer } from '../scripts/lib/fixture-server';
import { launchChromium } from '../scripts/lib/launch-chromium';
import { CONTENT_SCRIPT } from '../src/sites/script-files';
import { median } from './stats';

const RUNS = 15;
const OURS = /^chrome-extension:\/\//;
const FULL_SCRIPT = `/${CONTENT_SCRIPT}`;
const SCRIPT_TASKS = new Set(['EvaluateScript', 'FunctionCall', 'v8.compileModule', 'v8.evaluateModule']);

/** Paths on the demo news host (a supported site) that serve pages of other kinds. */
const PAGES: Record<string, string> = {
  '/': 'index.html',
  '/news/world/': '../pages/guardian-section.html',
  '/search/': '../pages/search-results.html',
  '/tag/chechnya/': '../pages/generic-tag.html',
  '/live/': '../pages/liveblog-index.html',
  // The site's glob (four characters, two, two, then a slug) takes it; its pattern (digits) does not: the gate runs and gives up.
  '/news/uk/tv/latest/': '../pages/guardian-section.html',
};

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  tid: number;
  dur?: number;
  args?: { data?: { url?: string } };
}

/** Total length of the union of [start, end) intervals. */
function covered(intervals: [number, number][]): number {
  let total = 0;
  let end = -Infinity;
  for (const [s, e] of intervals.sort((a, b) => a[0] - b[0])) {
    if (e <= end) continue;
    total += e - Math.max(s, end);
    end = e;
  }
  return total;
}

interface Traced {
  /** Everything the extension costs the main thread: script injection (the content-script world's setup
   * and the gate's evaluation, one event) and later callbacks of its scripts, overlaps counted once. */
  all: number;
  /** Of which the browser's setup of the content-script world (injection minus the gate's evaluation). */
  world: number;
  /** The extension's own JavaScript: evaluation and callbacks of its scripts. */
  js: number;
  /** The page's own HTML parsing (without the injection, which a document_start script does inside it). */
  parse: number;
  /** Whether a script of ours ran. */
  ran: boolean;
  /** Whether the full content script was fetched. */
  full: boolean;
}

/** Loads `url` with tracing on: the main-thread time of the extension's scripts and the page's HTML parsing, in ms. */
async function traced(page: Page, cdp: CDPSession, url: string): Promise<Traced> {
  const events: TraceEvent[] = [];
  const collect = (e: { value: object[] }) => events.push(...(e.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'extensions'] } } as never);
  await page.goto(url);
  await page.waitForTimeout(400);
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await done;
  cdp.off('Tracing.dataCollected', collect);
  const complete = events.filter((e) => e.ph === 'X');
  const ours = complete.filter((e) => SCRIPT_TASKS.has(e.name) && OURS.test(e.args?.data?.url ?? ''));
  const full = events.some((e) => (e.args?.data?.url ?? '').endsWith(FULL_SCRIPT));
  if (ours.length === 0) return { all: 0, world: 0, js: 0, parse: NaN, ran: false, full };
  const mainThread = ours[0]!.tid;
  const onMain = (e: TraceEvent) => e.tid === mainThread;
  const span = (e: TraceEvent): [number, number] => [e.ts, e.ts + (e.dur ?? 0)];
  const ms = (intervals: [number, number][]) => covered(intervals) / 1000;
  const injections = complete.filter((e) => e.name === 'ScriptInjection::InjectJs' && onMain(e));
  const evaluations = ours.filter((e) => e.name === 'EvaluateScript' && onMain(e));
  const inside = (e: TraceEvent, outer: TraceEvent) => e.ts >= outer.ts && e.ts + (e.dur ?? 0) <= outer.ts + (outer.dur ?? 0);
  const parses = complete.filter((e) => e.name === 'ParseHTML' && onMain(e));
  const parse = parses.reduce((sum, p) => sum + (p.dur ?? 0) - injections.filter((i) => inside(i, p)).reduce((n, i) => n + (i.dur ?? 0), 0), 0) / 1000;
  return {
    all: ms([...injections, ...ours.filter(onMain)].map(span)),
    world: ms(injections.map(span)) - ms(evaluations.filter((e) => injections.some((i) => inside(e, i))).map(span)),
    js: ms(ours.filter(onMain).map(span)),
    parse,
    ran: true,
    full,
  };
}

interface ProfileNode {
  id: number;
  callFrame: { url: string };
  children?: number[];
}

/** Loads `url` under the sampling profiler: the ms of samples with an extension script on the stack. */
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
      known = OURS.test(node.callFrame.url) || (up !== undefined && inScript(up.id));
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
  let worst = 0;
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
      const runs: Traced[] = [];
      const js: number[] = [];
      for (let i = 0; i < RUNS + 1; i++) {
        // A fresh tab per load, as a reader opening the page would have (a second load in the same tab
        // finds the script already compiled); the first round warms the disk cache.
        const t = await inNewTab((page, cdp) => traced(page, cdp, url));
        const ms = await inNewTab((page, cdp) => profiled(page, cdp, url));
        if (i === 0) continue;
        runs.push(t);
        js.push(ms);
      }
      const m = (key: 'all' | 'world' | 'js') => median(runs.map((r) => r[key]));
      // The page's parse is read off the main thread of our scripts' events: unknown on loads where none ran.
      const parses = runs.map((r) => r.parse).filter((p) => !Number.isNaN(p));
      const parse = parses.length > 0 ? median(parses) : NaN;
      const cells = [m('all'), m('world'), m('js'), median(js)].map((v, i) => v.toFixed(2).padStart([9, 12, 10, 14][i]!));
      const count = (pick: (r: Traced) => boolean) => `${runs.filter(pick).length}/${RUNS}`.padStart(11);
      const ratio = Number.isNaN(parse) ? '-' : `${(m('js') / parse).toFixed(2)}x`;
      rows.push(
        `${path.padEnd(20)} ${cells.join(' ')} ${count((r) => r.ran)} ${count((r) => r.full)} ${(Number.isNaN(parse) ? '-' : parse.toFixed(2)).padStart(11)} ${ratio.padStart(8)}`,
      );
      worst = Math.max(worst, m('js'));
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`\nContent scripts on non-article pages of a supported site, Chromium (median of ${RUNS} loads; ms of the page's main thread)`);
  console.log(
    `${'page'.padEnd(20)} ${'all of it'.padStart(9)} ${'world setup'.padStart(12)} ${'our JS'.padStart(10)} ${'JS, profiler'.padStart(14)} ${'script ran'.padStart(11)} ${'full script'.padStart(11)} ${'page parse'.padStart(11)} ${'ratio'.padStart(8)}`,
  );
  for (const row of rows) console.log(row);
  console.log(`our JS, worst page: ${worst.toFixed(2)} ms (target: <= 1 ms before the gate gives up)`);
  console.log(
    "all of it = the script injection (the browser's setup of the content-script world + the gate's evaluation) and later callbacks, tracing on; " +
      'world setup = the browser\'s part of it, paid by any content script; our JS = evaluation and callbacks of our scripts; ' +
      'JS, profiler = CPU-profile samples with an extension script on the stack; script ran = loads on which any script of ours ran (none outside the article URL globs); full script = loads that fetched it; ratio = our JS / the page\'s own HTML parse',
  );
}
