// A passive "was quoted by X as saying, “…”" right before a quote: the one quoted says it, after the clause of another reporter.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

/** "attributedTo|reportedBy" of each quote claim. */
const quoteSpeakers = (text: string): string[] => extract(text).claims.filter((c) => c.kind === 'quote').map((c) => `${c.attributedTo}|${c.reportedBy ?? ''}`);

describe('a passive "quoted … as saying" before the quote', () => {
  it('gives the quote to the person described in an apposition, not to the reports of the clause before', () => {
    const text = 'Some reports say 90 people drowned, but Tomas Varnek, a fisherman who swam ashore, was quoted by the Ostra Herald as saying, "We were 300 on that deck and barely 40 reached land."';
    expect(quoteSpeakers(text)).toEqual(['Tomas Varnek|']);
  });

  it('gives it to the person right before the passive too', () => {
    const text = 'Some reports say 90 people drowned, but Tomas Varnek was quoted by the Ostra Herald as saying, "We were 300 on that deck and barely 40 reached land."';
    expect(quoteSpeakers(text)).toEqual(['Tomas Varnek|']);
  });

  it('gives no quote to an outlet set before the passive', () => {
    const text = 'Some reports say 90 people drowned, but the Ostra Herald, a weekly, was quoted by radio as saying, "We were 300 on that deck and barely 40 reached land."';
    expect(quoteSpeakers(text)).not.toContain('Ostra Herald|');
  });
});
