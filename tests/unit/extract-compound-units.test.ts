// A number joined by a hyphen to a unit of size or capacity before a noun: the unit is what it counts.
import { describe, expect, it } from 'vitest';
import { discrepancies, figure } from './extract-helpers';

describe('sizes and capacities in hyphenated compounds', () => {
  it('"a 250-tonne barge" is 250 tonnes; "a 35-passenger boat" 35 passengers; "a 300-bed clinic" 300 beds', () => {
    expect([figure('The 250-tonne barge ran aground near the port.', '250').value, figure('The 250-tonne barge ran aground near the port.', '250').unit]).toEqual([250, 'tonnes']);
    expect(figure('It was a 35-passenger boat, the coast guard said.', '35').unit).toBe('passengers');
    expect(figure('A 300-bed clinic opened in the capital.', '300').unit).toBe('beds');
  });

  it('a capacity is no count of the dead beside it', () => {
    const text = 'A 25-passenger minibus overturned, killing nine, police said. Local media said 11 were killed.';
    expect(figure(text, '25').about).toBeNull();
    expect(discrepancies(text)).toEqual([['killed', ['9 police (unnamed)', '11 -']]]);
  });
});
