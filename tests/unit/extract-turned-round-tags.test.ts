// Tags turned round after a quote that a date or a paper's verb of print used to cut: the speaker after them says the quote.
import { describe, expect, it } from 'vitest';
import { quoteStarting as quote } from './extract-helpers';

const before = 'Heavy rain flooded the valley of the Ostra river overnight.\n\n';

describe('an inverted tag with a date set off by commas between the verb and the speaker', () => {
  it('gives the quote to the person after the date, behind a title', () => {
    const text = `${before}"We cannot yet measure how much has been lost in the villages," cautioned, Friday, March 3, Prime Minister Tomas Varnsson from Brussels, where he is attending a summit.`;
    expect(quote(text, 'We cannot')?.attributedTo).toBe('Tomas Varnsson');
  });
  it('does not give it to a person named further on, after another noun', () => {
    const text = `${before}"We cannot yet measure how much has been lost in the villages," said, on Friday, March 3, a spokesman for Tomas Varnsson.`;
    expect(quote(text, 'We cannot')).toBeDefined();
    expect(quote(text, 'We cannot')?.attributedTo ?? null).toBeNull();
  });
});

describe('a paper printing quoted words as its headline', () => {
  it('says them: "“…” headlines the daily <Paper>"', () => {
    const text = `${before}"The night the river rose" headlines the daily Kelmor Herald, the most read paper in the region.`;
    expect(quote(text, 'The night')?.attributedTo).toBe('Kelmor Herald');
  });
  it('not where "headlines" is a noun of the sentence after the quote', () => {
    const text = `${before}"The night the river rose" headlines ran in every paper, among them the Kelmor Herald.`;
    expect(quote(text, 'The night')).toBeDefined();
    expect(quote(text, 'The night')?.attributedTo ?? null).toBeNull();
  });
});
