// The noun a count counts where a conjunction stands after it: "pro-choice and other groups" counts the groups; "whereas"
// opens a clause, no noun.
import { describe, expect, it } from 'vitest';
import { figure } from './extract-helpers';

describe('a word joined by "and other" to a plural', () => {
  it('counts the plural', () => {
    expect(figure('Officers counted only 3,000 people, though some 200 farm and other groups took part.', 'some 200').unit).toBe('groups');
  });
  it('keeps a plural listed before "and other"', () => {
    expect(figure('Some 200 chapels and other buildings burned in Varn.', 'Some 200').unit).toBe('chapels');
  });
});

describe('"whereas" after a count', () => {
  it('is no noun of it', () => {
    expect(figure('On Friday, officers put numbers at 7,000 whereas organisers gave a count of 30,000.', '7,000').unit).toBeNull();
  });
  it('ends the noun before it', () => {
    expect(figure('On Friday, officers counted 7,000 marchers whereas organisers gave a count of 30,000.', '7,000').unit).toBe('marchers');
  });
  it('keeps the noun before "and"', () => {
    expect(figure('On Friday, officers counted 7,000 marchers, and organisers gave a count of 30,000.', '7,000').unit).toBe('marchers');
  });
});
