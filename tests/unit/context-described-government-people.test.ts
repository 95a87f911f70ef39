// People a government's noun says whose they are ("aides of the federal government in Varn said") report a count.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { articleCards } from './described-helpers';

const MAYORS = 'A storm crossed Ostra on Monday.\n\nMayors and envoys of the state government in the flooded towns revealed over the past days figures that come to 412 people killed.';

describe('people of a government, described at length', () => {
  it('gives the count to "<people> of the <…> government (in <place>)" before the verb', () => {
    const figure = (text: string) => extract(text).claims.find((c) => c.kind === 'figure')?.reportedBy;
    expect(figure(MAYORS)).toBe('Mayors and envoys of the state government in the flooded towns');
    expect(figure('Officials of the central government said 37 people were killed.')).toBe('officials of the central government');
  });

  it('gives them a card of their own', async () => {
    const cards = (await articleCards(MAYORS)).map((c) => [c.name, c.kind]);
    expect(cards).toContainEqual(['Mayors and envoys of the state government in the flooded towns', 'government']);
  });

  it('leaves people of no government’s noun as before', () => {
    const figure = extract('Fans of the home team said 37 people were hurt.').claims.find((c) => c.kind === 'figure');
    expect(figure?.reportedBy ?? null).toBeNull();
  });
});
