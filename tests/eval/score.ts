/**
 * Scores extraction against gold annotations (the shape of ../shared/corpus/seed-chechnya/gold.json,
 * plus `isArticle` for HTML pages). Used by `npm run eval` and by tests/unit/extract-eval.test.ts.
 *
 * Matching rules:
 * - source: a gold source is found when a non-place mention's name or one of its forms equals the
 *   gold name or an alias (case-insensitive); an extracted non-place mention is correct when it
 *   matches some gold source that way.
 * - figure: found when a figure claim has the gold value and its span overlaps the gold text's
 *   span in the article text; its attribution is right when `attributedTo` names the gold source.
 *   Where the gold figure gives `change` (rise, fall or null for a level) or `upTo` (a range's high
 *   end, or null), a found figure of the gold value must also have them (figureChangeRange).
 * - quote: found when a quote's text starts with the gold start; the speaker is right only when
 *   every quote starting that way has it (a repeated pull quote must not get another speaker).
 * - detection: analyzePage's isArticle against gold `isArticle`, on HTML pages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { readPage } from '../../src/cli/read-page';
import type { Extraction, Figure, Mention } from '../../src/extract';
import { referenceArticleTxt, repoRoot } from '../../scripts/lib/paths';

export interface GoldSource {
  name: string;
  aliases: string[];
  kind: string;
}

export interface Gold {
  page: string;
  isArticle?: boolean;
  sources: GoldSource[];
  figures: { value: number; text: string; attributedTo: string | null; change?: Figure['change']; upTo?: number | null }[];
  quotes: { speaker: string | null; start: string }[];
}

/** Hits over totals for one page or all pages; a ratio of 0/0 counts as 1. */
export interface Counts {
  sourcesGold: number;
  sourcesFound: number;
  sourcesExtracted: number;
  sourcesCorrect: number;
  figuresGold: number;
  figuresFound: number;
  figuresAttributed: number;
  figuresExtracted: number;
  figuresCorrect: number;
  /** Found gold figures that say whether they are a change or a range, and those read that way. */
  figureDetailsGold: number;
  figureDetailsRight: number;
  quotesGold: number;
  quotesFound: number;
  quotesSpeaker: number;
  quotesExtracted: number;
  quotesCorrect: number;
  detectionPages: number;
  detectionCorrect: number;
}

export interface PageScore {
  page: string;
  counts: Counts;
  /** Human-readable misses and false hits, for tuning. */
  notes: string[];
}

export const BARS = {
  sourceRecall: 0.95,
  sourcePrecision: 0.9,
  figureRecall: 0.9,
  figureAttribution: 0.85,
  figureChangeRange: 0.85,
  quoteRecall: 0.9,
  quoteSpeaker: 0.9,
  detection: 0.97,
} as const;

export type Metric = keyof typeof BARS;

export const ratio = (hit: number, total: number): number => (total === 0 ? 1 : hit / total);

export function metrics(c: Counts): Record<Metric, number> {
  return {
    sourceRecall: ratio(c.sourcesFound, c.sourcesGold),
    sourcePrecision: ratio(c.sourcesCorrect, c.sourcesExtracted),
    figureRecall: ratio(c.figuresFound, c.figuresGold),
    figureAttribution: ratio(c.figuresAttributed, c.figuresFound),
    figureChangeRange: ratio(c.figureDetailsRight, c.figureDetailsGold),
    quoteRecall: ratio(c.quotesFound, c.quotesGold),
    quoteSpeaker: ratio(c.quotesSpeaker, c.quotesFound),
    detection: ratio(c.detectionCorrect, c.detectionPages),
  };
}

const lower = (s: string): string => s.toLowerCase();
const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();
const QUOTE_MARKS = /^[\s“”"«»„‘’']+/;

function emptyCounts(): Counts {
  return {
    sourcesGold: 0, sourcesFound: 0, sourcesExtracted: 0, sourcesCorrect: 0,
    figuresGold: 0, figuresFound: 0, figuresAttributed: 0, figuresExtracted: 0, figuresCorrect: 0, figureDetailsGold: 0, figureDetailsRight: 0,
    quotesGold: 0, quotesFound: 0, quotesSpeaker: 0, quotesExtracted: 0, quotesCorrect: 0,
    detectionPages: 0, detectionCorrect: 0,
  };
}

export function addCounts(a: Counts, b: Counts): Counts {
  const out = emptyCounts();
  for (const k of Object.keys(out) as (keyof Counts)[]) out[k] = a[k] + b[k];
  return out;
}

/** Scores one extraction of `text` against its gold annotations. */
export function scoreExtraction(gold: Gold, text: string, result: Extraction, detected: boolean | null): PageScore {
  const c = emptyCounts();
  const notes: string[] = [];
  const goldNames = (s: GoldSource): Set<string> => new Set([s.name, ...s.aliases].map(lower));
  const mentionNames = (m: Mention): string[] => [m.name, ...m.forms].map(lower);
  const byName = new Map(result.mentions.map((m) => [m.name, m]));
  /** Does an extracted attribution (a canonical mention name, or null) name this gold source? */
  const names = (attributedTo: string | null, goldName: string | null): boolean => {
    if (goldName === null || attributedTo === null) return goldName === attributedTo;
    const source = gold.sources.find((s) => goldNames(s).has(lower(goldName)));
    const accepted = source ? goldNames(source) : new Set([lower(goldName)]);
    const m = byName.get(attributedTo);
    return (m ? mentionNames(m) : [lower(attributedTo)]).some((n) => accepted.has(n));
  };

  if (detected !== null) {
    c.detectionPages = 1;
    c.detectionCorrect = detected === (gold.isArticle ?? true) ? 1 : 0;
    if (!c.detectionCorrect) notes.push(`detection: got isArticle=${detected}`);
  }

  const sources = result.mentions.filter((m) => m.kind !== 'place');
  c.sourcesGold = gold.sources.length;
  for (const s of gold.sources) {
    const accepted = goldNames(s);
    if (sources.some((m) => mentionNames(m).some((n) => accepted.has(n)))) c.sourcesFound++;
    else notes.push(`source missed: ${s.name}`);
  }
  c.sourcesExtracted = sources.length;
  for (const m of sources) {
    if (gold.sources.some((s) => mentionNames(m).some((n) => goldNames(s).has(n)))) c.sourcesCorrect++;
    else notes.push(`source extra: ${m.name} (${m.kind})`);
  }

  const figureClaims = result.claims.filter((cl) => cl.kind === 'figure');
  const goldSpans = gold.figures.map((f) => {
    const at = text.indexOf(f.text);
    if (at < 0) notes.push(`gold figure text not in article text: ${f.text}`);
    return at < 0 ? null : { start: at, end: at + f.text.length };
  });
  c.figuresGold = gold.figures.length;
  const matches = (g: number, claim: (typeof figureClaims)[number]): boolean => {
    const span = goldSpans[g];
    return !!span && claim.figures.some((f) => f.value === gold.figures[g]!.value) && claim.span.start < span.end && span.start < claim.span.end;
  };
  gold.figures.forEach((f, g) => {
    const hit = figureClaims.filter((cl) => matches(g, cl));
    if (!hit.length) {
      notes.push(`figure missed: ${f.value} "${f.text}"`);
      return;
    }
    c.figuresFound++;
    if (hit.some((cl) => names(cl.attributedTo, f.attributedTo))) c.figuresAttributed++;
    else notes.push(`figure attribution: ${f.value} "${f.text.slice(0, 40)}" got ${hit.map((cl) => cl.attributedTo).join('/')}, want ${f.attributedTo}`);
    if (f.change === undefined && f.upTo === undefined) return;
    c.figureDetailsGold++;
    const read = hit.flatMap((cl) => cl.figures.filter((x) => x.value === f.value));
    const right = (x: Figure) => (f.change === undefined || x.change === f.change) && (f.upTo === undefined || x.upTo === f.upTo);
    if (read.some(right)) c.figureDetailsRight++;
    else notes.push(`figure change/range: ${f.value} "${f.text.slice(0, 40)}" got ${read.map((x) => `${x.change}/${x.upTo}`).join(', ')}, want ${f.change}/${f.upTo}`);
  });
  c.figuresExtracted = figureClaims.length;
  for (const cl of figureClaims) {
    if (gold.figures.some((_, g) => matches(g, cl))) c.figuresCorrect++;
    else notes.push(`figure extra: ${cl.figures.map((f) => f.value).join(',')} "${cl.text.slice(0, 50)}"`);
  }

  const quotes = result.claims.filter((cl) => cl.kind === 'quote');
  const startsWith = (claimText: string, start: string): boolean =>
    norm(claimText.replace(QUOTE_MARKS, '')).startsWith(norm(start.replace(QUOTE_MARKS, '')));
  c.quotesGold = gold.quotes.length;
  for (const q of gold.quotes) {
    const hit = quotes.filter((cl) => startsWith(cl.text, q.start));
    if (!hit.length) {
      notes.push(`quote missed: "${q.start}"`);
      continue;
    }
    c.quotesFound++;
    if (hit.every((cl) => names(cl.attributedTo, q.speaker))) c.quotesSpeaker++;
    else notes.push(`quote speaker: "${q.start.slice(0, 40)}" got ${hit.map((cl) => cl.attributedTo).join('/')}, want ${q.speaker}`);
  }
  c.quotesExtracted = quotes.length;
  for (const cl of quotes) {
    if (gold.quotes.some((q) => startsWith(cl.text, q.start))) c.quotesCorrect++;
    else notes.push(`quote extra: "${cl.text.slice(0, 50)}"`);
  }
  return { page: gold.page, counts: c, notes };
}

export const evalDir = join(repoRoot, 'tests', 'eval');

/** Reads a page as the CLI does (HTML: detection then extraction; .txt: an article body), then scores it. */
export async function scoreFile(gold: Gold, file: string): Promise<PageScore> {
  const page = await readPage(file);
  const html = !file.endsWith('.txt');
  return scoreExtraction(gold, page.article?.text ?? '', page.extraction, html ? page.detection.isArticle : null);
}

/** The reference article from ../shared, then every page of tests/eval (gold/NAME.json with pages/NAME.html). */
export async function scoreAll(): Promise<PageScore[]> {
  const readGold = (file: string): Gold => JSON.parse(readFileSync(file, 'utf8')) as Gold;
  const scores = [await scoreFile(readGold(join(referenceArticleTxt, '..', 'gold.json')), referenceArticleTxt)];
  const goldDir = join(evalDir, 'gold');
  for (const f of readdirSync(goldDir).filter((n) => n.endsWith('.json')).sort()) {
    scores.push(await scoreFile(readGold(join(goldDir, f)), join(evalDir, 'pages', `${basename(f, '.json')}.html`)));
  }
  return scores;
}

export function total(scores: PageScore[]): Counts {
  return scores.reduce((acc, s) => addCounts(acc, s.counts), emptyCounts());
}
