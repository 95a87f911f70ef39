// The government's own figures or data, bare, where they alone give a count: a card for the government.
import { describe, expect, it } from 'vitest';
import { articleCards } from './described-helpers';
import { figureReporters } from './extract-helpers';

const names = async (text: string): Promise<string[]> => (await articleCards(text)).map((c) => c.name);

describe('the government\'s figures as a source', () => {
  it('reads "figures show N" as the figures\' report', () => {
    expect(figureReporters('Official figures show just 41 patients recovered at the Ostra clinic.')).toEqual(['Official figures']);
  });
  it('gives "official government figures" and "government data" that give a count a government card', async () => {
    expect(await names('Official government figures show just 41 patients died at the Ostra clinic.')).toEqual(['Government']);
    expect(await names('Government data claims that only nine villagers drowned in the Kelmor floods.')).toEqual(['Government']);
  });
  it('gives none to the government\'s figures that give no count', async () => {
    expect(await names('Government data claims that the Kelmor floods were not so bad.')).toEqual([]);
  });
});
