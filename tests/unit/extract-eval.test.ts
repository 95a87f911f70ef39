// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { BARS, metrics, scoreAll, total, type Metric, type PageScore } from '../eval/score';

// `npm run eval` as a test: the gold pages of tests/eval and the shared reference article must meet every bar.
let scores: PageScore[];

beforeAll(async () => {
  scores = await scoreAll();
});

describe('extraction eval against gold annotations', () => {
  it('scores the reference article and at least 12 articles plus non-article pages', () => {
    expect(scores[0]!.page).toBe('seed-chechnya');
    const html = scores.slice(1);
    expect(html.filter((s) => s.counts.sourcesGold > 0).length).toBeGreaterThanOrEqual(12);
    expect(html.filter((s) => s.counts.sourcesGold === 0).length).toBeGreaterThanOrEqual(3);
    // Every gold figure text is found in the page text, so the figure scores measure extraction, not typos.
    expect(scores.flatMap((s) => s.notes.filter((n) => n.startsWith('gold figure text')))).toEqual([]);
  });

  it('meets every bar overall', () => {
    const m = metrics(total(scores));
    for (const key of Object.keys(BARS) as Metric[]) expect(m[key], key).toBeGreaterThanOrEqual(BARS[key]);
  });

  it('extracts nothing from pages that are not articles', () => {
    for (const s of scores.filter((p) => p.counts.detectionPages && p.counts.sourcesGold === 0)) {
      expect(s.counts.sourcesExtracted + s.counts.figuresExtracted + s.counts.quotesExtracted, s.page).toBe(0);
    }
  });
});
