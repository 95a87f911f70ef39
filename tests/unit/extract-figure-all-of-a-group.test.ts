// "All four wanted their names kept out": a small count after "all" points back at a group already named, as "the three" does.
import { describe, expect, it } from 'vitest';
import { figure, phrases } from './extract-helpers';

describe('"all" and a small count in words', () => {
  it('is no count of its own', () => {
    expect(phrases('All four asked that their names be kept out of the Varn paper.')).toEqual([]);
  });
  it('still counts an event that befell them, and a count without "all"', () => {
    expect(figure('All four were killed when the Varn bridge fell.', 'four').about).toBe('killed');
    expect(phrases('Four asked that their names be kept out of the Varn paper.')).toEqual(['Four']);
  });
});
