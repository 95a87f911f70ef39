// A count of a list of kinds of workers, closed by "and" and a worker's noun, counts the whole list.
import { describe, expect, it } from 'vitest';
import { figure } from './extract-helpers';

describe('a count of listed kinds of workers', () => {
  it('keeps the whole list as the unit', () => {
    expect(figure('About 40,000 dock workers, port-authority and customs staff walked out in Varn.', 'About 40,000').unit).toBe('dock workers, port-authority and customs staff');
  });

  it('keeps the first noun where the list names no workers', () => {
    expect(figure('About 40,000 dock workers, farmers and students walked out in Varn.', 'About 40,000').unit).toBe('dock workers');
  });
});
