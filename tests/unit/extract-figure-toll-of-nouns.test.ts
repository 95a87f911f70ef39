// A bare number that a toll, count or tally of a plural stands at counts that plural.
import { describe, expect, it } from 'vitest';
import { figures } from './extract-helpers';

describe('the noun of "the toll of … stood at N"', () => {
  it('gives the number the plural after "toll of", past a long description of the toll', () => {
    expect(figures('The last official tally of bodies dug out after mudslides buried Kelmor on March 3 stood at 412.')[0]!.unit).toBe('bodies');
    expect(figures('The tally of looted shops in Ostra rose to 64.')[0]!.unit).toBe('shops');
  });

  it('leaves a toll with no plural after it to its event', () => {
    const [f] = figures('The Varn death toll stood at 88.');
    expect([f!.unit, f!.about]).toEqual([null, 'killed']);
  });
});
