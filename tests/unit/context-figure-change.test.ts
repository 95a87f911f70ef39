// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { memoryKnowledge } from '../../src/cache';
import { findDiscrepancies } from '../../src/context/discrepancies';
import { agree, differ } from '../../src/context/figures-agree';
import { reviewClaims } from '../../src/context/reviews';
import type { Claim, Figure } from '../../src/extract/types';
import type { Pack, Report } from '../../src/packs';

// Fictional sources and numbers throughout.
let at = 0;
/** A figure claim about the dead, attributed to `by`. */
function toll(by: string, value: number, more: Partial<Figure> = {}): Claim {
  const start = (at += 100);
  return {
    kind: 'figure',
    text: `${value} people were killed`,
    attributedTo: by, reportedBy: null,
    figures: [{ value, comparator: '=', upTo: null, change: null, unit: 'people', about: 'killed', phrase: String(value), span: { start, end: start + 2 }, ...more }],
    span: { start, end: start + 20 },
  };
}
const report = (figures: Report['figures']): Report => ({
  id: 'r-1', url: 'https://example.org/r1', outlet: 'org:watch', title: 'Fictional report', publishedAt: '2026-03-01', entityIds: [], figures,
});
const values = (claims: Claim[], reports: Report[] = []) =>
  findDiscrepancies(claims, reports, (id) => id).map((d) => d.values.map((v) => [v.attributedTo, v.value, v.upTo]));

describe('figures agree', () => {
  it('when a number lies inside a range, or two ranges meet', () => {
    expect(agree({ value: 30 }, { value: 27, upTo: 33 })).toBe(true);
    expect(agree({ value: 27, upTo: 33 }, { value: 33 })).toBe(true);
    expect(agree({ value: 27, upTo: 33 }, { value: 30, upTo: 40 })).toBe(true);
    expect(agree({ value: 35 }, { value: 27, upTo: 33 })).toBe(false);
    expect(agree({ value: 3 }, { value: 4, upTo: null })).toBe(false);
  });
});

describe('discrepancies with ranges and changes', () => {
  it('sees no discrepancy between a range and a number inside it', () => {
    expect(values([toll('Harbour Police', 12, { upTo: 15, comparator: '>=' }), toll('Coast Guard', 14)])).toEqual([]);
  });

  it('shows two different ranges side by side even where they meet, but not one range told twice', () => {
    expect(values([toll('Red Cross', 20000, { upTo: 50000, comparator: '>=' }), toll('Ministers', 20000, { upTo: 30000, comparator: '>=' })])).toEqual([
      [
        ['Ministers', 20000, 30000],
        ['Red Cross', 20000, 50000],
      ],
    ]);
    expect(values([toll('Red Cross', 20000, { upTo: 50000, comparator: '>=' }), toll('Ministers', 20000, { upTo: 50000, comparator: '>=' })])).toEqual([]);
    expect(differ({ value: 27, upTo: 33 }, { value: 30, upTo: 40 })).toBe(true);
    expect(differ({ value: 30 }, { value: 27, upTo: 33 })).toBe(false);
  });

  it('shows a number outside a range against it, with both ends', () => {
    expect(values([toll('Harbour Police', 12, { upTo: 15, comparator: '>=' }), toll('Coast Guard', 20)])).toEqual([
      [
        ['Harbour Police', 12, 15],
        ['Coast Guard', 20, null],
      ],
    ]);
  });

  it('never sets a rise against a level', () => {
    expect(values([toll('Harbour Police', 40), toll('Coast Guard', 5, { change: 'rise' })])).toEqual([]);
  });

  it('still compares the levels of a text that also gives a change', () => {
    expect(values([toll('Harbour Police', 40), toll('Coast Guard', 5, { change: 'rise' }), toll('Coast Guard', 45)])).toEqual([
      [
        ['Harbour Police', 40, null],
        ['Coast Guard', 45, null],
      ],
    ]);
  });

  it('reads ranges and changes of cached reports, and accepts reports without them', () => {
    const article = [toll('Harbour Police', 14)];
    expect(values(article, [report([{ value: 10, comparator: '>=', upTo: 20, about: 'killed', attributedTo: 'Watch Group' }])])).toEqual([]);
    expect(values(article, [report([{ value: 2, comparator: '=', change: 'rise', about: 'killed', attributedTo: 'Watch Group' }])])).toEqual([]);
    expect(values(article, [report([{ value: 9, comparator: '=', about: 'killed', attributedTo: 'Watch Group' }])])).toEqual([
      [
        ['Watch Group', 9, null],
        ['Harbour Police', 14, null],
      ],
    ]);
  });

  it('shows no row where only cached reports differ, none of the article\'s figures among them', () => {
    // A night's count in Varn (another group of people) leaves the story's two reports alone in theirs.
    const night = toll('Varn Police', 1);
    const windowed = { ...night, figures: [{ ...night.figures[0]!, unit: 'soldiers' }] };
    const reports = [
      report([{ value: 200, comparator: '=', about: 'killed', attributedTo: 'Watch Group' }]),
      { ...report([{ value: 280, comparator: '=', about: 'killed', attributedTo: 'Ostra Mayor' }]), id: 'r-2', url: 'https://example.org/r2' },
    ];
    expect(values([windowed], reports)).toEqual([]);
    // With the article's own count in the reports' group, the row stands.
    expect(values([toll('Varn Police', 150)], reports).map((row) => row.map(([by]) => by))).toEqual([['Varn Police', 'Watch Group', 'Ostra Mayor']]);
  });

  it('keeps two ranges from one source that share a low end', () => {
    const found = findDiscrepancies([toll('Harbour Police', 10, { upTo: 12 }), toll('Harbour Police', 10, { upTo: 30 }), toll('Coast Guard', 40)], [], (id) => id);
    expect(found[0]!.values.map((v) => [v.value, v.upTo])).toEqual([
      [10, 12],
      [10, 30],
      [40, null],
    ]);
  });
});

describe('fact-checks: a figure agrees by its range and its direction', () => {
  const pack: Pack = {
    format: 'backstory-pack',
    formatVersion: 1,
    pack: { id: 'fig', name: 'Figure tests', version: '1.0.0', license: 'CC0', publisher: 'Tests', created: '2026-01-01' },
    entities: [],
    claims: [
      {
        id: 'claim:fares', text: 'Tram fares went up 40 percent this spring.', claimant: 'Robin Example', figures: [{ value: 40, comparator: '=', change: 'rise' }], entityIds: [],
        reviews: [{ publisher: 'Example Fact Check', url: 'https://factcheck.example/fares', date: '2026-04-01', ratingText: 'False', verdict: 'false' }],
      },
    ],
    corrections: [],
    reports: [],
    stories: [],
  };
  const knowledge = memoryKnowledge([pack]);
  const text = 'Robin Example said tram fares went up sharply this spring.';
  const matches = [{ mention: { name: 'Robin Example', kind: 'person' as const, count: 1, forms: ['Robin Example'], role: null, spans: [] }, entity: null, matchedBy: null }];
  const scoreWith = async (figure: Partial<Figure>): Promise<number> => {
    const claim: Claim = {
      kind: 'statement', text, attributedTo: 'Robin Example', reportedBy: null, span: { start: 0, end: text.length },
      figures: [{ value: 0, comparator: '=', upTo: null, change: null, unit: '%', about: null, phrase: '', span: { start: 0, end: 1 }, ...figure }],
    };
    const [reviews] = await reviewClaims([claim], matches, knowledge);
    return reviews![0]?.score ?? 0;
  };

  it('counts a range holding the checked number as agreement, and an opposite direction as none', async () => {
    const none = await scoreWith({ value: 70 });
    expect(none).toBeGreaterThan(0);
    expect(await scoreWith({ value: 35, upTo: 45 })).toBeCloseTo(none + 0.15);
    expect(await scoreWith({ value: 40, change: 'rise' })).toBeCloseTo(none + 0.15);
    expect(await scoreWith({ value: 40, change: 'fall' })).toBeCloseTo(none);
  });
});
