// A count a source "had earlier" given, beside the same source's later count of the toll, is its own revision, no rival.
import { describe, expect, it } from 'vitest';
import { discrepancies } from './extract-helpers';

const later = 'The Ostra Fire Service said on Sunday that 42 people died in the blaze at a market in Varn.';
const church = 'A priest had earlier said that 60 people were killed in the blaze.';

describe('a source\'s own earlier count', () => {
  it('leaves the row, which keeps the rivals', () => {
    const text = [later, 'The Ostra Fire Service had earlier announced that nine people died.', church].join(' ');
    expect(discrepancies(text)).toEqual([['killed', ['42 Ostra Fire Service', '60 a priest (unnamed)']]]);
  });

  it('stays when the source gives no other count', () => {
    const text = ['The Varn Herald said on Sunday that 42 people died in the blaze at a market in Varn.', 'The Ostra Fire Service had earlier announced that nine people died.'].join(' ');
    expect(discrepancies(text)).toEqual([['killed', ['9 Ostra Fire Service', '42 Varn Herald']]]);
  });
});
