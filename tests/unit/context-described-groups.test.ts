// Groups and bodies an article cites only by a plain description that gives a count: outlets of a kind, the country's forces.
import { describe, expect, it } from 'vitest';
import { articleCards, cardsOf, counted, said } from './described-helpers';

describe('outlets of a kind that give a count', () => {
  it('gives a card to plural broadcasters that words pick out', () => {
    const text = 'A storm hit Ostra. Local radio and television stations put the toll at 12.';
    expect(cardsOf(text, [counted('Local radio and television stations put the toll at 12.', 'Local radio and television stations')])).toEqual([
      ['Local radio and television stations', 'outlet', 'body'],
    ]);
  });

  it('gives none to channels no word picks out', () => {
    const text = 'A storm hit Ostra. Two channels put the toll at 12.';
    expect(cardsOf(text, [counted('Two channels put the toll at 12.', 'two channels')])).toEqual([]);
  });
});

describe("the country's forces, bare", () => {
  it('gives the army a card where it alone gives a count', () => {
    const text = 'Rains hit Varn. The army had earlier reported 12 people missing.';
    expect(cardsOf(text, [counted('The army had earlier reported 12 people missing.', 'the army', 'missing')])).toEqual([['Army', 'government', 'body']]);
  });

  it('gives the military a card where it alone gives a count, in an article', async () => {
    const cards = await articleCards('Gunmen raided Kelmor on Friday. The military said it had struck their camp, killing more than 40 gunmen.');
    expect(cards.filter((c) => c.describedAs).map((c) => c.name)).toEqual(['Military']);
  });

  it('gives none where the army only says something', () => {
    const text = 'Rains hit Varn. The army said the road to Ostra was open again.';
    expect(cardsOf(text, [said('The army said the road to Ostra was open again.', 'the army')])).toEqual([]);
  });

  it('cites the named army that holds the word instead of a second card', async () => {
    const cards = await articleCards('The Varn Army sent troops to Kelmor on Monday. The army said 40 people were missing after the floods.');
    expect(cards.filter((c) => c.describedAs).map((c) => c.name)).toEqual([]);
    expect(cards.some((c) => c.name === 'Varn Army')).toBe(true);
  });
});
