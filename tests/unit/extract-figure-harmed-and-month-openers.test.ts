// A small count of the harmed after "the" is a count, no pointer back (small-counts.ts isBackReference); a count after a
// month and a comma is no day of that month (references.ts).
import { describe, expect, it } from 'vitest';
import { figure, phrases } from './extract-helpers';

describe('"the" and a small count of the harmed', () => {
  it('counts the survivors or victims', () => {
    expect(figure('Divers found 7 bodies while the five survivors were flown to a Kelmor clinic, he said.', 'five').unit).toBe('survivors');
  });
  it('still points back with another noun', () => {
    expect(phrases('The five ministers were flown to a Kelmor clinic, he said.')).toEqual([]);
  });
});

describe('a month, a comma and a count', () => {
  it('counts what follows', () => {
    expect(figure('In October, six porters were swept away by a Varn avalanche.', 'six').unit).toBe('porters');
    expect(figure('In June, 9 porters were swept away by a Varn avalanche.', '9').unit).toBe('porters');
  });
  it('keeps a day right after its month a date', () => {
    expect(phrases('On June 9 porters in Varn went on strike.')).toEqual([]);
  });
});
