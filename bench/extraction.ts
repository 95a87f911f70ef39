import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { analyzePage, detectArticle } from '../src/article';
import { extract } from '../src/extract';
import { referenceArticleHtml } from '../scripts/lib/demo-site';
import { repoRoot } from '../scripts/lib/paths';
import { median, timeMedian } from './stats';

const RUNS = 25;
const doc = (html: string) => parseHTML(html).document as unknown as Document;

function pages(dir: string, pick: (name: string) => boolean): [string, string][] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html') && pick(f))
    .map((f) => [f, readFileSync(join(dir, f), 'utf8')]);
}

/**
 * Detect + extract against Readability's parse of the same page (the baseline), each timed on a
 * freshly parsed document so DOM parsing is in neither figure.
 */
export function benchExtraction(): void {
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
  const ratios: number[] = [];
  for (const [name, html] of articles) {
    const baseline = timeMedian(RUNS, () => doc(html), (d) => new Readability(d).parse());
    // The two halves of each timed run, for the breakdown (the ratio is of the whole run).
    const read: number[] = [];
    const extraction: number[] = [];
    const ours = timeMedian(RUNS, () => doc(html), (d) => {
      const t0 = performance.now();
      const { article } = analyzePage(d, null);
      const t1 = performance.now();
      if (article) extract(article.text);
      read.push(t1 - t0);
      extraction.push(performance.now() - t1);
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
  console.log(`median ratio over ${articles.length} pages: ${median(ratios).toFixed(2)}x Readability (target <= 0.5x)`);

  const fronts = pages(fixtureDir, (f) => !/article/.test(f));
  console.log(`\nGiving up on non-article pages: detectArticle vs Readability.parse() on the same page`);
  for (const [name, html] of fronts) {
    const baseline = timeMedian(RUNS, () => doc(html), (d) => new Readability(d).parse());
    const ours = timeMedian(RUNS, () => doc(html), (d) => detectArticle(d, null));
    console.log(name.slice(0, 44).padEnd(44), baseline.toFixed(3).padStart(15), ours.toFixed(3).padStart(13), `${(ours / baseline).toFixed(3)}x`.padStart(7));
  }
}
