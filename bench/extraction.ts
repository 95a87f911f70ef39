import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { referenceArticleHtml } from '../scripts/lib/demo-site';
import { repoRoot } from '../scripts/lib/paths';
import { loadShippedPipeline } from './shipped-code';
import { median, timePair } from './stats';

/** Rounds over every page before timing, so no page is timed while the code is still being compiled. */
const WARM_UP_ROUNDS = 5;

const RUNS = 25;
const doc = (html: string) => parseHTML(html).document as unknown as Document;

function pages(dir: string, pick: (name: string) => boolean): [string, string][] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html') && pick(f))
    .map((f) => [f, readFileSync(join(dir, f), 'utf8')]);
}

/**
 * Detect + extract against Readability's parse of the same page (the baseline), each timed on a
 * freshly parsed document so DOM parsing is in neither figure; ours is the shipped (bundled, minified)
 * code. Both are warmed up on every page first: otherwise the first page listed is timed while the
 * JIT is still compiling the code.
 */
export async function benchExtraction(): Promise<void> {
  const { analyzePage, detectArticle, extract } = await loadShippedPipeline();
  const fixtureDir = join(repoRoot, 'tests', 'fixtures', 'pages');
  const articles: [string, string][] = [
    ['reference article (pinknews)', referenceArticleHtml()],
    ...pages(fixtureDir, (f) => /article/.test(f)),
    ...pages(join(repoRoot, 'tests', 'fixtures', 'demo-site', 'articles'), () => true),
  ];
  console.log(`\nDetect + extract vs Readability.parse() (median of ${RUNS} runs, linkedom documents)`);
  console.log(
    'page'.padEnd(44),
    'readability ms'.padStart(15),
    'backstory ms'.padStart(13),
    'ratio'.padStart(7),
    '| of which: detect+read'.padStart(23),
    'extract'.padStart(8),
  );
  const readability = (d: Document) => new Readability(d).parse();
  /** Detect + read, then extract: the ms of each half. */
  const backstory = (d: Document): [number, number] => {
    const t0 = performance.now();
    const { article } = analyzePage(d, null);
    const t1 = performance.now();
    if (article) extract(article.text);
    return [t1 - t0, performance.now() - t1];
  };
  for (let round = 0; round < WARM_UP_ROUNDS; round++) {
    for (const [, html] of articles) {
      readability(doc(html));
      backstory(doc(html));
    }
  }
  const ratios: number[] = [];
  for (const [name, html] of articles) {
    // The two halves of each timed run, for the breakdown (the ratio is of the whole run).
    const read: number[] = [];
    const extraction: number[] = [];
    const [baseline, ours] = timePair(RUNS, () => doc(html), readability, (d) => {
      const [r, e] = backstory(d);
      read.push(r);
      extraction.push(e);
    });
    ratios.push(ours / baseline);
    console.log(
      name.slice(0, 44).padEnd(44),
      baseline.toFixed(3).padStart(15),
      ours.toFixed(3).padStart(13),
      `${(ours / baseline).toFixed(2)}x`.padStart(7),
      median(read.slice(-RUNS)).toFixed(3).padStart(23),
      median(extraction.slice(-RUNS)).toFixed(3).padStart(8),
    );
  }
  const over = ratios.filter((r) => r > 0.5).length;
  console.log(
    `median ratio over ${articles.length} pages: ${median(ratios).toFixed(2)}x Readability, worst ${Math.max(...ratios).toFixed(2)}x, ` +
      `${over} page${over === 1 ? '' : 's'} over the target (<= 0.5x on every page)`,
  );

  const fronts = pages(fixtureDir, (f) => !/article/.test(f));
  console.log(`\nGiving up on non-article pages: detectArticle vs Readability.parse() on the same page`);
  for (const [name, html] of fronts) {
    const [baseline, ours] = timePair(RUNS, () => doc(html), readability, (d) => detectArticle(d, null));
    console.log(name.slice(0, 44).padEnd(44), baseline.toFixed(3).padStart(15), ours.toFixed(3).padStart(13), `${(ours / baseline).toFixed(3)}x`.padStart(7));
  }
}
