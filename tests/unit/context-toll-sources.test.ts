// Which sources count as one in a discrepancy: a body and its spokesperson, one source's earlier and current toll.
import { describe, expect, it } from 'vitest';
import { findDiscrepancies } from '../../src/context/discrepancies';
import type { Claim, Mention } from '../../src/extract';
import { discrepancyRows as rows } from './extract-helpers';

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

describe('a spokesperson and their body are one source', () => {
  const claim = (value: number, attributedTo: string, start: number): Claim => ({
    kind: 'figure',
    text: `${value} killed`,
    attributedTo,
    reportedBy: null,
    figures: [{ value, comparator: '=', upTo: null, change: null, unit: 'people', about: 'killed', phrase: String(value), span: { start, end: start + 2 } }],
    span: { start, end: start + 9 },
  });
  const person = (name: string, role: string): Mention => ({ name, kind: 'person', count: 1, forms: [name], role, spans: [] });
  const body: Mention = { name: 'Kestrel Disaster Council', kind: 'government', count: 2, forms: ['Kestrel Disaster Council', 'KDC'], role: null, spans: [] };
  const claims = [claim(70, 'Kestrel Disaster Council', 0), claim(44, 'Dana Whitfield', 50)];

  it('does not set a body against its own spokesperson', () => {
    expect(findDiscrepancies(claims, [], (id) => id, [body, person('Dana Whitfield', 'KDC spokesperson')])).toEqual([]);
  });
  it('still sets a body against another person', () => {
    const found = findDiscrepancies(claims, [], (id) => id, [body, person('Dana Whitfield', 'Mayor')]);
    expect(found.map((d) => d.values.map((v) => v.attributedTo))).toEqual([['Dana Whitfield', 'Kestrel Disaster Council']]);
  });
});

describe('a disagreement needs two sources that disagree', () => {
  it('does not set one source’s earlier toll against its current one where the other source agrees with both', () => {
    const claims = [toll('Aid Watch', 100), toll('Aid Watch', 140), toll('Harbour Gazette', 90, 150)];
    expect(findDiscrepancies(claims, [], (id) => id)).toEqual([]);
    // Two sources that disagree are shown, with the first source's update.
    const rival = [toll('Aid Watch', 100), toll('Aid Watch', 140), toll('Harbour Gazette', 120)];
    expect(findDiscrepancies(rival, [], (id) => id).map((d) => d.values.map((v) => v.value))).toEqual([[100, 120, 140]]);
  });
});

describe('whose spokesperson', () => {
  it('does not take a spokesperson of one ministry for another ministry named by its short form', () => {
    const text =
      'The Interior Ministry said 102 police officers were injured. The Ministry also said 40 protesters were arrested. ' +
      'Health Ministry spokesman Amir Dallo said 211 people were injured. The Interior Ministry put the number of injured at 150.';
    expect(rows(text)).toEqual(['injured: =150 by Interior Ministry | =211 by Amir Dallo']);
  });

  it('still counts a body’s own spokesperson as the body', () => {
    const text = 'The Coast Guard said 12 people were missing. Coast Guard spokeswoman Lia Tan said 14 people were missing.';
    expect(rows(text)).toEqual([]);
  });
});
