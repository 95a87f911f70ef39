// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { discrepancies } from './extract-helpers';
import { findDiscrepancies } from '../../src/context/discrepancies';
import type { Claim } from '../../src/extract/types';

/** A figure claim of a toll of the killed by `source`, as a number or a range. */
function toll(source: string, value: number, upTo: number | null = null): Claim {
  const phrase = String(value);
  return {
    kind: 'figure',
    text: phrase,
    attributedTo: source,
    reportedBy: null,
    figures: [{ value, comparator: upTo === null ? '=' : '>=', upTo, change: null, unit: 'people', about: 'killed', phrase, span: { start: value, end: value + 1 } }],
    span: { start: value, end: value + 1 },
  };
}

describe('tenth round: a disagreement needs two sources that disagree', () => {
  it('does not set one source’s earlier toll against its current one where the other source agrees with both', () => {
    const claims = [toll('Aid Watch', 100), toll('Aid Watch', 140), toll('Harbour Gazette', 90, 150)];
    expect(findDiscrepancies(claims, [], (id) => id)).toEqual([]);
    // Two sources that disagree are shown, with the first source's update.
    const rival = [toll('Aid Watch', 100), toll('Aid Watch', 140), toll('Harbour Gazette', 120)];
    expect(findDiscrepancies(rival, [], (id) => id).map((d) => d.values.map((v) => v.value))).toEqual([[100, 120, 140]]);
  });
});

describe('tenth round: tolls of other events and single cases are no rival tolls', () => {
  it('does not set the toll of an attack months before against the story’s toll', () => {
    const text = 'Police spokesman Ado Lemu said 15 people were killed in the attack. In a related incident, the village of Tesk was raided two months ago and 60 people were killed.';
    expect(discrepancies(text)).toEqual([]);
  });

  it('does not set one death of a list against the toll', () => {
    const text = 'Aid Watch said at least 80 people were killed. The Harbour Gazette said one person died after inhaling smoke, another after being beaten.';
    expect(discrepancies(text)).toEqual([]);
  });

  it('shows a community leader’s count of bodies against the police toll', () => {
    const text = 'Village head Musa Kanti said residents had counted 30 lifeless bodies. Police spokesman Ado Lemu said only 15 people were killed in the attack.';
    expect(discrepancies(text)).toEqual([['killed', ['15 Ado Lemu', '30 Musa Kanti']]]);
  });
});
