// `npm run eval`: extraction quality against the gold annotations of tests/eval and the shared reference article.
import { BARS, metrics, ratio, scoreAll, total, type Metric } from '../tests/eval/score';

const verbose = process.argv.includes('--verbose');
const scores = await scoreAll();
const pct = (hit: number, all: number): string => (all ? `${Math.round(ratio(hit, all) * 100)}%` : '-').padStart(5);

console.log(
  'page'.padEnd(28),
  ['src R', 'src P', 'fig R', 'attr', 'c/rng', 'quo R', 'spkr', 'det'].map((h) => h.padStart(5)).join(' '),
);
for (const { page, counts: c, notes } of scores) {
  console.log(
    page.slice(0, 28).padEnd(28),
    [
      pct(c.sourcesFound, c.sourcesGold),
      pct(c.sourcesCorrect, c.sourcesExtracted),
      pct(c.figuresFound, c.figuresGold),
      pct(c.figuresAttributed, c.figuresFound),
      pct(c.figureDetailsRight, c.figureDetailsGold),
      pct(c.quotesFound, c.quotesGold),
      pct(c.quotesSpeaker, c.quotesFound),
      c.detectionPages ? (c.detectionCorrect ? '   ok' : ' FAIL') : '    -',
    ].join(' '),
  );
  if (verbose) for (const n of notes) console.log(`    ${n}`);
}

const all = total(scores);
const m = metrics(all);
console.log(`\noverall over ${scores.length} pages (figure precision ${pct(all.figuresCorrect, all.figuresExtracted).trim()}, quote precision ${pct(all.quotesCorrect, all.quotesExtracted).trim()}):`);
let failed = false;
for (const key of Object.keys(BARS) as Metric[]) {
  const ok = m[key] >= BARS[key];
  failed ||= !ok;
  console.log(`  ${key.padEnd(18)} ${m[key].toFixed(3)}  bar ${BARS[key]}  ${ok ? 'ok' : 'MISSED'}`);
}
if (!verbose) console.log('(npm run eval -- --verbose lists every miss)');
process.exitCode = failed ? 1 : 0;
