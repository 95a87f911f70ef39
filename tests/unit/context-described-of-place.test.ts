// A state's body or people described by the place they govern after "of" ("the authorities of the Varn region") speak for the count.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { articleCards } from './described-helpers';

async function cards(text: string) {
  return (await articleCards(text)).map((c) => [c.name, c.kind, c.describedAs ?? null, c.describes ?? null]);
}

const reportersOf = (text: string) => extract(text).claims.filter((c) => c.kind === 'figure').map((c) => c.reportedBy ?? null);

describe('speakers described by the place they govern', () => {
  it('reads the body and its place after "of" as who gives the count', () => {
    const text = 'The officials of the breakaway Ostra Republic said on Monday that 31 soldiers were killed in the raid.';
    expect(reportersOf(text)).toEqual(['the officials of the breakaway Ostra Republic']);
  });

  it('gives the described body a card, not the place it governs', async () => {
    const text = 'Kelmor troops crossed into the breakaway Ostra Republic last week.\n\nThe authorities of the breakaway Ostra Republic said that at least 90 fighters were killed and 150 wounded.';
    expect(await cards(text)).toEqual([['Authorities of the breakaway Ostra Republic', 'government', 'the authorities of the breakaway Ostra Republic', 'body']]);
  });

  it('leaves "of" inside a name, and an auxiliary after the place, to the rules before', () => {
    expect(reportersOf('Police in the Democratic Republic (DR) of Ostra said on Monday that 31 soldiers were killed.')).not.toContain('DR) of Ostra');
    expect(reportersOf('The authorities of the Ostra Republic had said on Monday that 31 soldiers were killed.')).toEqual([null]);
  });

  it('gives none where no place follows "of"', async () => {
    const text = 'The officials of the ruling party said that at least 90 fighters were killed.';
    expect(reportersOf(text)).toEqual([null]);
    expect(await cards(text)).toEqual([]);
  });
});

describe('a body described by the place it governs after "for"', () => {
  it('reads "for" and a place ending the "according to" phrase as where the body governs', () => {
    const text = 'Twelve people were pulled from the river, according to the district administration for the Ostra province.';
    expect(reportersOf(text)).toEqual(['the district administration for the Ostra province']);
  });

  it('gives the described body a card', async () => {
    const text = 'A ferry capsized near Kelm.\n\nTwelve people were pulled from the river, according to the district administration for the Ostra province.';
    expect(await cards(text)).toEqual([['District administration for the Ostra province', 'government', 'the district administration for the Ostra province', 'body']]);
  });

  it('leaves "for" where no place ends the phrase after it', () => {
    expect(reportersOf('Twelve people were pulled from the river, according to a spokesman for the ferry company.')).not.toContain('a spokesman for the ferry company');
  });
});
