// "Kelmor Press says … The news agency said it also spoke to …": "the news agency" is the one outlet the text has named.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

const said = (text: string) => extract(text).claims.find((c) => c.text.startsWith('The news agency'));

describe('"the news agency" after one outlet named', () => {
  it('stands for that outlet', () => {
    const claim = said('Kelmor Press says its count shows 75 sailors drowned when the ferry sank. The news agency said it also spoke to 14 crew members.');
    expect(claim?.attributedTo).toBe('Kelmor Press');
    expect(claim?.reportedBy ?? null).toBeNull();
  });
  it('stands for no one where two outlets were named', () => {
    const claim = said('Kelmor Press says 75 sailors drowned, and the Ostra Herald says 60. The news agency said it also spoke to 14 crew members.');
    expect(claim?.attributedTo ?? null).toBeNull();
  });
});
