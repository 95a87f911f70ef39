import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { parseHTML } from 'linkedom';
import { analyzePage } from '../src/article';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumWithExtension } from '../scripts/lib/launch-chromium';
import { newsUrl, PATHS, referenceArticleHtml } from '../scripts/lib/demo-site';
import { chromeBuildDir, repoRoot } from '../scripts/lib/paths';
import { median } from './stats';

const RUNS = 30;
const COLD_RUNS = 7;

type Bench = {
  install(): Promise<{ records: number; jsonBytes: number; parseMs: number; importMs: number; bytes: number }>;
  measure(page: unknown, runs: number): Promise<{ getMs: number; contextMs: number; coldContextMs: number; analyzeMs: number; keystrokeMs: number; typoMs: number; topHits: [string, string | null][]; sanity: Record<string, number> }>;
  ask(query: string): Promise<number>;
};
declare const backstoryBench: Bench;

const ms = (x: number) => `${x.toFixed(2)} ms`;
const row = (label: string, value: string, note = '') => console.log(`${label.padEnd(46)} ${value.padStart(16)}  ${note}`);

/**
 * An extension page of `ext` (its popup) running the bench code of bench/browser-entry.ts, after the
 * background has installed the starter pack (the first message lets it), so the bench adds its data last.
 */
async function benchPage(ext: ChromiumWithExtension): Promise<Page> {
  const bundle = await build({ entryPoints: [join(repoRoot, 'bench/browser-entry.ts')], bundle: true, format: 'iife', platform: 'browser', target: 'chrome120', write: false, logLevel: 'error' });
  const page = await ext.context.newPage();
  await page.goto(ext.extensionUrl('popup.html'));
  await page.evaluate(bundle.outputFiles[0]!.text);
  await page.evaluate(() => backstoryBench.ask('warm up'));
  return page;
}

/** Installs the benchmark cache (the synthetic pack beside the starter pack) in `ext`; returns its record count. */
export async function installBenchCache(ext: ChromiumWithExtension): Promise<number> {
  const page = await benchPage(ext);
  try {
    return (await page.evaluate(() => backstoryBench.install())).records;
  } finally {
    await page.close();
  }
}

/**
 * The cache benchmarks in real Chromium, against the built extension (.output/chrome-mv3): the bench
 * code is bundled and evaluated in the extension's popup page, which shares the background's
 * IndexedDB. 100k entities + 100k claims + 100k reports (bench/synthetic-pack.ts) plus the starter pack.
 */
export async function benchCache(): Promise<void> {
  console.log('\nKnowledge cache, real Chromium (extension popup page + its background service worker)');
  if (!existsSync(join(chromeBuildDir, 'manifest.json'))) {
    console.log(`skipped: no extension build at ${chromeBuildDir}; run \`npx wxt build\` first`);
    return;
  }
  const doc = parseHTML(referenceArticleHtml()).document as unknown as Document;
  const { detection, article } = analyzePage(doc, newsUrl(PATHS.reference));
  if (!article) throw new Error('the reference article was not detected');
  const reference = { url: newsUrl(PATHS.reference), detection, article };

  const ext = await launchChromium({ port: 9 });
  try {
    const page = await benchPage(ext);
    const inst = await page.evaluate(() => backstoryBench.install());
    row('pack validation (parsePack)', `${Math.round(inst.records / (inst.parseMs / 1000)).toLocaleString('en')} rec/s`, `${inst.records.toLocaleString('en')} records, ${(inst.jsonBytes / 1e6).toFixed(0)} MB JSON`);
    row('pack import (one transaction)', `${Math.round(inst.records / (inst.importMs / 1000)).toLocaleString('en')} rec/s`, `${(inst.importMs / 1000).toFixed(1)} s (target >= 20,000 rec/s)`);
    row('validate + import', `${Math.round(inst.records / ((inst.parseMs + inst.importMs) / 1000)).toLocaleString('en')} rec/s`);
    row('storage per record', `${Math.round(inst.bytes / inst.records)} B`, `navigator.storage.estimate() delta ${(inst.bytes / 1e6).toFixed(0)} MB; JSON is ${Math.round(inst.jsonBytes / inst.records)} B/record`);

    const m = await page.evaluate(([ref, runs]) => backstoryBench.measure(ref, runs), [reference, RUNS] as const);
    console.log(`medians of ${RUNS}+ runs; baseline = IndexedDB get of one stored row (a block of 64 entities) by primary key on the same database: ${ms(m.getMs)}`);
    row('context, reference article (buildContext)', ms(m.contextMs), `${(m.contextMs / m.getMs).toFixed(1)}x baseline (target <= 20 ms)`);
    row('context on a new connection (nothing in memory)', ms(m.coldContextMs), `${(m.coldContextMs / m.getMs).toFixed(1)}x baseline; loads the lookups it uses, reads blocks`);
    row('extract + context (content/analyze work)', ms(m.analyzeMs), `${(m.analyzeMs / m.getMs).toFixed(1)}x baseline`);
    row('popup search per keystroke "vladimir putin"', ms(m.keystrokeMs), `${(m.keystrokeMs / m.getMs).toFixed(1)}x baseline (target <= 16 ms)`);
    row('popup search, misspelt queries', ms(m.typoMs), `${(m.typoMs / m.getMs).toFixed(1)}x baseline; top hits ${m.topHits.map(([q, n]) => `"${q}"→${n}`).join(', ')}`);
    row('context sanity', JSON.stringify(m.sanity));

    // Messages from the popup to the service worker: warm, then cold (workers stopped through DevTools).
    const warm: number[] = [];
    for (let i = 0; i < RUNS; i++) warm.push(await page.evaluate(() => backstoryBench.ask('putin')));
    const cdp = await ext.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    const cold: number[] = [];
    for (let i = 0; i < COLD_RUNS; i++) {
      await cdp.send('ServiceWorker.stopAllWorkers');
      await page.waitForTimeout(300);
      cold.push(await page.evaluate(() => backstoryBench.ask('putin')));
    }
    row('ui/search message, warm service worker', ms(median(warm)), 'baseline for the cold start');
    row('cold service worker start to first answer', ms(median(cold)), `${(median(cold) / median(warm)).toFixed(1)}x warm (median of ${COLD_RUNS})`);
  } finally {
    await ext.close();
  }
}
