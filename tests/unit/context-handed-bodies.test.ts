// A count of the bodies handed over to families is of those given back so far, a part of the dead, no toll
// (toll-updates.ts bodiesHandedOver).
import { describe, expect, it } from 'vitest';
import { discrepancies } from './extract-helpers';

describe('bodies handed over to families', () => {
  it('sets no count of bodies given back to relatives against the toll', () => {
    const text =
      'The Kelm district office has raised the toll of the warehouse blaze in Varn to 37. ' +
      'Bodies of 15 people, who were killed in the Varn blaze, were handed over to their relatives on Monday. ' +
      'The Varn Herald said 44 people were killed in the blaze.';
    expect(discrepancies(text)).toEqual([['killed', ['37 the Kelm district office (unnamed)', '44 Varn Herald']]]);
  });

  it('still reads bodies recovered as a toll', () => {
    const text =
      'The Kelm district office has raised the toll of the warehouse blaze in Varn to 37. ' +
      'Bodies of 15 people, who were killed in the Varn blaze, were pulled from the rubble on Monday. ' +
      'The Varn Herald said 44 people were killed in the blaze.';
    expect(discrepancies(text)).toEqual([['killed', ['15 -', '37 the Kelm district office (unnamed)', '44 Varn Herald']]]);
  });
});
