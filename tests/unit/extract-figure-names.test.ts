// Numbers inside titles, names, road numbers, ages and the pronoun "one": no figures.
import { describe, expect, it } from 'vitest';
import { phrases } from './extract-helpers';

describe('numbers that are parts of names or words', () => {
  it('skips a number that closes a quoted title', () => {
    expect(phrases('Sales of the new “Orbit 4” game rose 12 percent.')).toEqual(['12 percent']);
    expect(phrases('The figure he gave was “Around 4,000”.')).toEqual(['Around 4,000']);
  });
  it('skips a number that closes a name of two capitalised words', () => {
    expect(phrases('Police held 40 people after protests called by the youth movement Gen Y 300.')).toEqual(['40']);
  });
  it('skips a road named by its number after "U.S."', () => {
    expect(phrases('A truck traveling on U.S. 9 crashed into 3 cars.')).toEqual(['3']);
  });
  it('skips an age after "the age of"', () => {
    expect(phrases('Police freed 12 protesters who were under the age of 16.')).toEqual(['12']);
  });
  it('skips "one" standing for a thing named before', () => {
    expect(phrases('The march was calmer than the previous one, with no reported arrests.')).toEqual([]);
  });
});
