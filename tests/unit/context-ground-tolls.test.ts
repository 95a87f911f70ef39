// The dead on the ground a plane struck are a group of their own, no rival count of the crash's toll.
import { describe, expect, it } from 'vitest';
import { discrepancies } from './extract-helpers';

const text = [
  'At least six people were killed when a small jet crashed on landing at Tarsen on Friday, the airport authority said.',
  '"We are told there may be two people dead on the ground," airport director Mila Orven told reporters.',
  'Interior minister Jon Castel had earlier said eight people were killed in the crash.',
].join('\n\n');

describe('a count of the dead on the ground', () => {
  it('does not join the row of the crash’s toll', () => {
    expect(discrepancies(text)).toEqual([['killed', ['6 the airport authority (unnamed)', '8 Jon Castel']]]);
  });
  it('still joins it when told of the crash itself', () => {
    expect(discrepancies(text.replace(' dead on the ground', ' dead'))[0]![1]).toEqual(['2 Mila Orven', '6 the airport authority (unnamed)', '8 Jon Castel']);
  });
});
