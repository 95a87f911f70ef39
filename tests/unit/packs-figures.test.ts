// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { validatePack } from '../../src/packs';

// Fictional claims and reports; only the shape of their figures matters here.
function packWith(claimFigure: Record<string, unknown>, reportFigure: Record<string, unknown> = { value: 3, about: 'killed' }): unknown {
  return {
    format: 'backstory-pack',
    formatVersion: 1,
    pack: { id: 'figs', name: 'Figures', version: '1.0.0', license: 'CC0', publisher: 'Tests', created: '2026-01-01' },
    entities: [{ id: 'org:watch', kind: 'organization', name: 'Watch Group', description: 'A fictional group.', source: 'https://example.org/w' }],
    claims: [
      {
        id: 'claim:fares', text: 'Tram fares went up 40 percent.', figures: [claimFigure],
        reviews: [{ publisher: 'Example Fact Check', url: 'https://factcheck.example/f', date: '2026-04-01', ratingText: 'False', verdict: 'false' }],
      },
    ],
    reports: [{ id: 'r-1', url: 'https://example.org/r1', outlet: 'org:watch', title: 'Fictional report', publishedAt: '2026-03-01', figures: [reportFigure] }],
  };
}
const errors = (pack: unknown): string[] => {
  const checked = validatePack(pack);
  return checked.ok ? [] : checked.errors;
};

describe('pack figures: ranges and changes', () => {
  it('keeps figures without a range or a change valid, and adds neither field', () => {
    const checked = validatePack(packWith({ value: 40 }));
    expect(checked.ok).toBe(true);
    expect(checked.ok && checked.pack.claims[0]!.figures[0]).toEqual({ value: 40, comparator: '=' });
  });

  it('accepts a range and a direction on claim and report figures', () => {
    const checked = validatePack(packWith({ value: 40, change: 'rise' }, { value: 12, upTo: 15, comparator: '>=', about: 'killed' }));
    expect(checked.ok ? [] : checked.errors).toEqual([]);
    expect(checked.ok && checked.pack.claims[0]!.figures[0]).toEqual({ value: 40, comparator: '=', change: 'rise' });
    expect(checked.ok && checked.pack.reports[0]!.figures[0]).toEqual({ value: 12, comparator: '>=', upTo: 15, about: 'killed' });
  });

  it.each([
    ['a direction that is not rise or fall', { value: 40, change: 'up' }, 'claims[0] (claim:fares).figures[0].change: must be "rise" or "fall"'],
    ['a signed direction', { value: 40, change: -1 }, 'claims[0] (claim:fares).figures[0].change: must be "rise" or "fall"'],
    ['a high end below the low end', { value: 40, upTo: 30 }, 'claims[0] (claim:fares).figures[0].upTo: must be greater than value'],
    ['a high end equal to the low end', { value: 40, upTo: 40 }, 'claims[0] (claim:fares).figures[0].upTo: must be greater than value'],
    ['a high end that is not a number', { value: 40, upTo: '45' }, 'claims[0] (claim:fares).figures[0].upTo: must be a number'],
  ])('rejects %s with the record and field named', (_name, figure, message) => {
    expect(errors(packWith(figure))).toEqual([message]);
  });

  it('checks report figures the same way', () => {
    expect(errors(packWith({ value: 40 }, { value: 12, upTo: 10, about: 'killed' }))).toEqual(['reports[0] (r-1).figures[0].upTo: must be greater than value']);
    expect(errors(packWith({ value: 40 }, { value: 12, change: 'down', about: 'killed' }))).toEqual(['reports[0] (r-1).figures[0].change: must be "rise" or "fall"']);
  });
});
