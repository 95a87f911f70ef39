// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

/** Each quote claim of `text` as [its first words, speaker]. */
const quotes = (text: string): [string, string | null][] =>
  extract(text)
    .claims.filter((c) => c.kind === 'quote')
    .map((c) => [c.text.split(/\s+/).slice(0, 3).join(' '), c.attributedTo]);

const before = 'The siege at the Dorvik jail ended on Monday, officials said.\n\n';
const pronoun = '\n\n"Some of the men had waited two years for a hearing," he said.';

describe('a person "of" a body whose name its small words cut into pieces', () => {
  it('speaks the quote, and is the "he" of the tag after it', () => {
    // "A" opening the body's name reads as an article, and "to" cuts the rest in two.
    const text = `${before}"Nothing like this has happened here before," Tomas Brenn of A Road to Liberty told Reuters.${pronoun}`;
    expect(quotes(text)).toEqual([
      ['Nothing like this', 'Tomas Brenn'],
      ['Some of the', 'Tomas Brenn'],
    ]);
  });

  it('is "he" after a body cut at "for" too', () => {
    const text = `${before}"Nothing like this has happened here before," Tomas Brenn of Lawyers for Human Rights told Reuters.${pronoun}`;
    expect(quotes(text)[1]).toEqual(['Some of the', 'Tomas Brenn']);
  });

  it('leaves a whole body after "of", and a second subject joined by "and", as they were', () => {
    expect(quotes(`${before}"Nothing like this has happened here before," Tomas Brenn of the Dorvik Prison Forum told Reuters.${pronoun}`)).toEqual([
      ['Nothing like this', 'Tomas Brenn'],
      ['Some of the', 'Tomas Brenn'],
    ]);
    // "Ana Ruiz and Tomas Vell said": the verb after "and" is the second person's as well; the first is not read through it.
    const joined = extract(`${before}Tomas Brenn of the Dorvik Prison Forum and Ana Ruiz said the men were kept in the dark.`);
    expect(joined.claims.find((c) => c.kind === 'statement' && c.text.startsWith('Pavel'))?.attributedTo).not.toBe('Tomas Brenn');
  });
});
