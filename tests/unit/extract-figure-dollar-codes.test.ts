// Any country's capitals glued to the dollar sign ("FJ$", "TT$") name its dollar, as "US$" and "HK$" do.
import { describe, expect, it } from 'vitest';
import { figures } from './extract-helpers';

describe('a country code glued to the dollar sign', () => {
  it('reads "FJ$2.4 billion" and "TT$90 million" as amounts in those dollars', () => {
    expect(figures('Ostra earned FJ$2.4 billion from visitors last year.').map((f) => [f.value, f.unit])).toEqual([[2.4e9, 'FJ$']]);
    expect(figures('The Varn port cost TT$90 million to rebuild.').map((f) => [f.value, f.unit])).toEqual([[9e7, 'TT$']]);
  });

  it('keeps the plain sign and "US$" as they were', () => {
    expect(figures('The Kelmor bridge cost US$5 million and the road $4 million.').map((f) => [f.value, f.unit])).toEqual([
      [5e6, 'US$'],
      [4e6, '$'],
    ]);
  });
});
