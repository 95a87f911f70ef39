// A study the article cites by its country or maker ("according to a Danish study published in May") is a described source.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { articleCards } from './described-helpers';

const HOTTER = 'The march grows harder every year, according to a Danish study published in May, which said the heat rises by 0.3 degrees every decade.';

describe('a study cited by the words that place it', () => {
  it('gives the figure of "according to a <people’s> study published …" to that study', () => {
    const figure = extract(HOTTER).claims.find((c) => c.kind === 'figure');
    expect(figure?.reportedBy).toBe('a Danish study');
  });

  it('gives that study a card of its own', async () => {
    const cards = (await articleCards(HOTTER)).map((c) => [c.name, c.describedAs ?? null]);
    expect(cards).toContainEqual(['Danish study', 'a Danish study']);
  });

  it('gives no card to a study that nothing picks out', async () => {
    const text = 'The march grows harder every year, according to a study published in May, which said the heat rises by 0.3 degrees every decade.';
    expect(await articleCards(text)).toEqual([]);
  });
});
