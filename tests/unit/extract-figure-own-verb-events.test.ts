// A count whose own verb is no event takes no event word from the clause of another count after "and".
import { describe, expect, it } from 'vitest';
import { figure } from './extract-helpers';

describe("the event of a count's own clause", () => {
  it('leaves huts burned without the event of the people counted after them', () => {
    const f = figure('Officials in Varn said more than 600 huts had been burned and thousands of people displaced.', 'more than 600');
    expect([f.unit, f.about]).toEqual(['huts', null]);
  });

  it('keeps the event that befell the same count later', () => {
    expect(figure('Officials in Varn said more than 600 people had been trapped and later died.', 'more than 600').about).toBe('killed');
  });
});
