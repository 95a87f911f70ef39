// "saw eight gunmen enter the shop": a verb after the counted noun, before its object, is no part of the unit.
import { describe, expect, it } from 'vitest';
import { figures } from './extract-helpers';

const units = (text: string) => figures(text).map((f) => f.unit);

describe('a lower-case verb and its object after the counted noun', () => {
  it('ends the unit at the noun', () => {
    expect(units('A baker said she watched four to five gunmen storm the market hall.')).toEqual(['gunmen']);
    expect(units('Witnesses saw nine soldiers cross a bridge at dawn.')).toEqual(['soldiers']);
  });
  it('keeps a noun of two words before an article-free phrase', () => {
    expect(units('Witnesses saw nine fire engines near the bridge.')).toEqual(['fire engines']);
  });
});
