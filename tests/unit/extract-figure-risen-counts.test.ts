// The level that people, or the numbers of a noun, rose or fell to counts those people or that noun.
import { describe, expect, it } from 'vitest';
import { figures } from './extract-helpers';

describe('the level a count of people rose or fell to', () => {
  it('gives the level the noun whose numbers rose', () => {
    expect(figures('The Ostra ferry line grew after passenger numbers rising by a fifth to 4.2 million in 2022.')[0]!.unit).toBe('passengers');
    expect(figures('In Varn, tourist arrivals fell to 800,000 last year.')[0]!.unit).toBe('tourists');
  });

  it('leaves a level of what is no count without a noun', () => {
    expect(figures('Kelmor wheat prices rose to 40 last week.')[0]!.unit).toBeNull();
  });
});
