// "According to the board's website, …": a body's own record speaks for the body the text named.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { figure } from './extract-helpers';

describe('"According to the board\'s website, Ruiz won 38.6%"', () => {
  const opening = 'The Varn Election Board posted the count on Monday. ';

  it('gives the figure to the body the record belongs to', () => {
    const r = extract(`${opening}According to the board's website, Ana Ruiz won 38.6% of the ballots cast.`);
    expect(figure(r, '38.6%').claim.attributedTo).toBe('Varn Election Board');
  });
  it('leaves the body\'s critics, who are not its record, to themselves', () => {
    const r = extract(`${opening}According to the board's critics, Ana Ruiz won 38.6% of the ballots cast.`);
    expect(figure(r, '38.6%').claim.attributedTo ?? null).toBeNull();
  });
});
