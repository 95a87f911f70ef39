// "another" after a count of one, with a place of its own, is one more.
import { describe, expect, it } from 'vitest';
import { figure, phrases } from './extract-helpers';

describe('"and another in <place>" after a count of one', () => {
  it('is one more, of the same event', () => {
    const text = 'Officials said one man had drowned in Varn town and another in storm-hit Ostra district.';
    expect(figure(text, 'another')).toMatchObject({ value: 1, about: 'killed' });
  });
  it('is none in "one another" or before a noun', () => {
    expect(phrases('Neighbours in Varn helped one another after the storm.')).toEqual([]);
    expect(phrases('One storm hit Varn and another storm hit Ostra.')).toEqual([]);
  });
});
