/**
 * The cache benchmarks, bundled (esbuild, IIFE) and evaluated inside the built extension's popup page
 * in real Chromium by bench/cache.ts: same origin, same IndexedDB and the same code as the background.
 * Exposes `backstoryBench` on the page's global object.
 */
import { browser } from 'wxt/browser';
import { BackstoryDB, dexieKnowledge, importPack, searchCache } from '../src/cache';
import { BLOCK_SIZE } from '../src/cache/blocks';
import { articleContext, buildContext, type PageAnalysis } from '../src/context';
import { extract } from '../src/extract';
import { parsePack } from '../src/packs';
import { median } from './stats';
import { BENCH_SIZES, syntheticPack } from './synthetic-pack';

async function timeAsync(runs: number, fn: (i: number) => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs + 3; i++) {
    const t0 = performance.now();
    await fn(i);
    if (i >= 3) times.push(performance.now() - t0);
  }
  return median(times);
}

const usage = async () => (await navigator.storage.estimate()).usage ?? 0;

const bench = {
  /** Validates and installs the synthetic pack (100k entities, claims and reports) into the extension's database. */
  async install() {
    const db = new BackstoryDB();
    const json = JSON.stringify(syntheticPack(42, BENCH_SIZES));
    const before = await usage();
    let t0 = performance.now();
    const checked = parsePack(json);
    const parseMs = performance.now() - t0;
    if (!checked.ok) throw new Error(checked.errors.join('\n'));
    t0 = performance.now();
    const row = await importPack(db, checked.pack);
    const importMs = performance.now() - t0;
    const records = Object.values(row.counts).reduce((a, b) => a + b, 0);
    const bytes = (await usage()) - before;
    db.close();
    return { records, jsonBytes: json.length, parseMs, importMs, bytes };
  },

  /** Context for an article, search keystrokes, and a primary-key get as the baseline, medians in ms. */
  async measure(page: Omit<PageAnalysis, 'extraction'>, runs: number) {
    const db = new BackstoryDB();
    const knowledge = dexieKnowledge(db);
    // Blocks of entities spread over the table: a primary-key get of one stored row each.
    const keys = Array.from({ length: 64 }, (_, i) => ['synthetic-bench', 'entities', (i * 23) % Math.floor(BENCH_SIZES.entities / BLOCK_SIZE)] as [string, 'entities', number]);
    const getMs = await timeAsync(runs, (i) => db.blocks.get(keys[i % keys.length]!));
    const extraction = extract(page.article.text);
    const contextMs = await timeAsync(runs, () => buildContext({ ...page, extraction }, knowledge));
    const analyzeMs = await timeAsync(runs, () => articleContext(page, knowledge));
    const context = await buildContext({ ...page, extraction }, knowledge);
    // A new connection holds nothing in memory: each build loads the lookups it uses and reads its
    // blocks from IndexedDB, as the first article after the service worker starts does.
    const coldContextMs = await timeAsync(Math.ceil(runs / 4), async () => {
      const fresh = new BackstoryDB();
      await buildContext({ ...page, extraction }, dexieKnowledge(fresh));
      fresh.close();
    });
    const typed = 'vladimir putin';
    const keystrokes = Array.from({ length: typed.length }, (_, i) => typed.slice(0, i + 1));
    const typos = ['novya gazeta', 'putn', 'human rihgts', 'chechnia'];
    const keystrokeMs = await timeAsync(keystrokes.length * 2, (i) => searchCache(db, keystrokes[i % keystrokes.length]!));
    const typoMs = await timeAsync(typos.length * 3, (i) => searchCache(db, typos[i % typos.length]!));
    const topHits = await Promise.all(['novya gazeta', 'putn'].map(async (q) => [q, (await searchCache(db, q)).entities[0]?.name ?? null]));
    db.close();
    return {
      getMs,
      contextMs,
      coldContextMs,
      analyzeMs,
      keystrokeMs,
      typoMs,
      topHits,
      sanity: { sources: context.sources.filter((s) => s.entity).length, related: context.related.length, discrepancies: context.discrepancies.length, corrections: context.corrections.length },
    };
  },

  /** Round trip of a ui/search message to the background service worker, in ms. */
  async ask(query: string) {
    const t0 = performance.now();
    const reply = (await browser.runtime.sendMessage({ type: 'ui/search', payload: { query } })) as { ok: boolean; error?: string };
    if (!reply?.ok) throw new Error(`ui/search failed: ${reply?.error ?? 'no answer'}`);
    return performance.now() - t0;
  },
};

(globalThis as unknown as { backstoryBench: typeof bench }).backstoryBench = bench;
