// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { findDiscrepancies } from '../../src/context/discrepancies';

/** The discrepancies of a text as "about: value by source" rows. */
function rows(text: string): string[] {
  const r = extract(text);
  return findDiscrepancies(r.claims, [], (id) => id, r.mentions, text).map(
    (d) => `${d.about}: ${d.values.map((v) => `${v.comparator}${v.value} by ${v.attributedTo ?? v.reportedBy}`).join(' | ')}`,
  );
}

describe('eleventh round: counts that are no rival tolls', () => {
  it('keeps a toll of one group (police) apart from everyone’s toll', () => {
    const text =
      'Omar Dallo, a health official, said the total number of people injured nationwide is 180. ' +
      'The Interior Ministry said the total number of police injured nationwide was 75.';
    expect(rows(text)).toEqual([]);
  });

  it('compares the value an update set, not the one it replaced', () => {
    const text =
      'The Ruritanian interior ministry on Monday cut the death toll in the bazaar attack from 75 to 31. ' +
      'The director of the city hospital, Lena Varga, told reporters 31 people were killed.';
    expect(rows(text)).toEqual([]);
  });

  it('still reports two sources that disagree about the wounded after an update', () => {
    const text =
      'The Ruritanian interior ministry on Monday cut the toll from 75 to 31 and raised the number of wounded from 30 to 58. ' +
      'The director of the city hospital, Lena Varga, said 31 people were killed and 64 injured.';
    expect(rows(text)).toEqual(['injured: =58 by Ruritanian interior ministry | =64 by Lena Varga']);
  });
});

describe('eleventh round: whose spokesperson', () => {
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
