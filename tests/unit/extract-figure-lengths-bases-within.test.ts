// Comparators: "about" before a length after a passive verb, "over" the base of a change, "within" as at most.
import { describe, expect, it } from 'vitest';
import { figure } from './extract-helpers';

describe('"about" before a length', () => {
  it('reads "about" as approximately after a passive verb when a length follows', () => {
    expect(figure('Two boats were sighted about 40 nautical miles off Varn.', 'about 40')).toMatchObject({ comparator: '~', unit: 'nautical miles' });
  });
  it('keeps "about" a preposition after a passive verb before other words', () => {
    expect(figure('Police in Ostra were questioned about 12 missing rifles.', '12').comparator).toBe('=');
  });
});

describe('"over" after the noun of a change', () => {
  it('reads the amount after "increase over" as the base, no "more than" and no rise', () => {
    expect(figure('Kelmor earned $8.8bn, a 10 per cent increase over $8bn a year before.', '$8bn')).toMatchObject({ comparator: '=', change: null });
  });
  it('keeps "over" as more than elsewhere', () => {
    expect(figure('Kelmor earned over $8bn last year.', 'over $8bn').comparator).toBe('>');
  });
});

describe('"within" a level', () => {
  it('reads "within" before an amount as at most', () => {
    expect(figure('The bank wants inflation in Varn held within 3 per cent this year.', 'within 3 per cent').comparator).toBe('<=');
  });
});
