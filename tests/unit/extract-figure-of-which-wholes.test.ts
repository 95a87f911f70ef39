// "of which N" after a part an "including" set between commas picks out of the whole before that part, not the part.
import { describe, expect, it } from 'vitest';
import { figure } from './extract-helpers';

describe('"of which" after an "including" part', () => {
  it('counts the noun of the whole', () => {
    expect(figure('At least 30 hikers, including five guides, were hurt in the Varn blazes, of which 12 are in a serious condition.', '12').unit).toBe('hikers');
  });
  it('keeps the noun of a count before it with no part between', () => {
    expect(figure('Five guides died in the Varn blazes and 12 were hurt.', '12').unit).toBe('guides');
  });
});
