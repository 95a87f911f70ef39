// Amounts the scan missed: the naira glued to a start level ("from N8.40") or a share's price ("N12 per share"), and an
// amount misprinted with a stray point or space before its scale ("N214. billion", "N356 .7 billion").
import { describe, expect, it } from 'vitest';
import { figures } from './extract-helpers';

describe('the naira glued to a number', () => {
  it('reads the start level after "from" and a share price', () => {
    expect(figures('Ostra Mills said its earnings per share rose from N8.40 to N13.15.').map((f) => [f.value, f.unit])).toEqual([
      [8.4, 'N'],
      [13.15, 'N'],
    ]);
    expect(figures('The Varn board proposed a dividend of N12 per share.').map((f) => [f.value, f.unit])).toEqual([[12, 'N']]);
  });
  it('keeps a mask\'s name as no amount', () => {
    expect(figures('Kelmor clinics ran short of N95 masks.')).toEqual([]);
  });
});

describe('a stray point or space inside an amount before its scale', () => {
  it('reads the amount', () => {
    expect(figures('Costs fell 4 percent from N214. billion a year earlier.').map((f) => [f.value, f.unit])).toEqual([
      [4, '%'],
      [214e9, 'N'],
    ]);
    expect(figures('Income rose to N512.0 billion from N356 .7 billion.').map((f) => f.value)).toEqual([512e9, 356.7e9]);
  });
  it('keeps a point that ends a sentence before a capitalised word as an end', () => {
    expect(figures('Ostra paid $40. Billions more went to Varn.').map((f) => [f.value, f.phrase])).toEqual([[40, '$40']]);
  });
});
