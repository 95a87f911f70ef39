// "“…,” according to the newspaper": a publication's noun standing for the outlet named just before.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

const QUOTE = ' "The numbers are staggering and nobody in Varn believes them," according to the newspaper, which has long criticised the mayor.';
const quote = (text: string) => extract(text).claims.find((c) => c.kind === 'quote');

describe('“…,” according to the newspaper', () => {
  it('gives the quote to the outlet named a sentence or two before', () => {
    const q = quote('On Monday, the Ostra Herald reported that more than 800 people may have drowned. The ministry rejects this.' + QUOTE);
    expect(q?.attributedTo).toBe('Ostra Herald');
  });
  it('leaves it to the description where no outlet is named before', () => {
    const q = quote('On Monday, the mayor of Varn said 40 people had died.' + QUOTE);
    expect(q?.attributedTo).toBeNull();
    expect(q?.reportedBy).toBe('the newspaper');
  });
});
