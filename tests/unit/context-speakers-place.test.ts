// A place that only qualifies the body telling a count ("Peru officials have estimated") is where the speakers sit, not
// where the dead were counted, when the sentence names another place.
import { describe, expect, it } from 'vitest';
import { discrepancies } from './extract-helpers';

describe('the place of the body telling a count', () => {
  it('does not key a count by the country of the body that estimates it when its sentence names the place of the deaths', () => {
    const text = [
      'Peru officials have estimated that 40 to 60 people died in the fire at a market in Chile, a report said.',
      'Chile officials have said at least 150 people were killed in the fire.',
    ].join(' ');
    expect(discrepancies(text)).toEqual([['killed', ['40 Peru officials (unnamed)', '150 Chile officials (unnamed)']]]);
  });

  it('keeps the place of a body that alone names where the count was made', () => {
    const text = 'Chile officials said 40 people died in the floods. Peru officials said 12 people died in the floods.';
    expect(discrepancies(text)).toEqual([]);
  });

  it('does not key a count by a place that itself puts the toll at it', () => {
    const text =
      'Riots broke out in the Varn region in March. The exile council says the riots in Ostra left about 140 dead. Varn has put the death toll at 22.';
    expect(discrepancies(text)).toEqual([['killed', ['22 Varn', '140 the exile council (unnamed)']]]);
    // A place where others put the toll is that count's place.
    expect(discrepancies(text.replace('Varn has put', 'In Varn, officials put'))).toEqual([]);
  });
});

