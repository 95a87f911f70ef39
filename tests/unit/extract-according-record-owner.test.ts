// "According to the commission's website, …": a body's own record speaks for the body the text named.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { figure } from './extract-helpers';

describe('"According to the commission\'s website, Ruiz secured 42.31%"', () => {
  const opening = 'The Varn Election Commission published the results on Monday. ';

  it('gives the figure to the body the record belongs to', () => {
    const r = extract(`${opening}According to the commission's website, Ana Ruiz secured 42.31% of the vote.`);
    expect(figure(r, '42.31%').claim.attributedTo).toBe('Varn Election Commission');
  });
  it('leaves the body\'s critics, who are not its record, to themselves', () => {
    const r = extract(`${opening}According to the commission's critics, Ana Ruiz secured 42.31% of the vote.`);
    expect(figure(r, '42.31%').claim.attributedTo ?? null).toBeNull();
  });
});
