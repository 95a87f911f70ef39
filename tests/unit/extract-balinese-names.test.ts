// The one-letter "I" that opens a Balinese man's name before his birth-order name ("I Made", "I Ketut") is part of the name.
import { describe, expect, it } from 'vitest';
import { nameList } from './extract-source-helpers';

describe('a Balinese name opened by "I"', () => {
  it('keeps "I" with the birth-order name and the surname, one name', () => {
    expect(nameList('Twelve guards were hurt, prisons chief I Ketut Sarmo told reporters.')).toEqual(['I Ketut Sarmo']);
  });

  it('leaves the pronoun "I" out of a name when no birth-order name follows it', () => {
    expect(nameList('"I Kelmo Ruiz would never run," Ana Varsi said.')).not.toContain('I Kelmo Ruiz');
  });
});
