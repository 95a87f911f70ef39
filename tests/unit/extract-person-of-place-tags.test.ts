// A tag after a quote naming a person "of" the town he comes from: that person speaks.
import { describe, expect, it } from 'vitest';
import { quoteStarting as quote } from './extract-helpers';

const before = 'Storms cut the power in the Varnhall district.\n\n"We have had no light for three days," local baker Mara Lindqvist told the Kelmor Herald.\n\n';

describe('"<Name> of <Place> told reporters" after a quote', () => {
  it('gives the quote to that person, not to the one who spoke before', () => {
    const text = `${before}Families were taken in by neighbours in the Varnhall municipality. "Some came with nothing at all, not even shoes," Pedro Almeida of Varnhall told reporters.`;
    expect(quote(text, 'Some came')?.attributedTo).toBe('Pedro Almeida');
  });
  it('leaves a person named "of" a place as the object of another noun', () => {
    const text = `${before}Families were taken in by neighbours in the Varnhall municipality. "Some came with nothing at all, not even shoes," the son of Pedro Almeida of Varnhall told reporters.`;
    // The tag's own speaker (the son) has no name: whoever else gets the quote, the father named in his phrase does not.
    expect(quote(text, 'Some came')).toBeDefined();
    expect(quote(text, 'Some came')?.attributedTo).not.toBe('Pedro Almeida');
  });
});
