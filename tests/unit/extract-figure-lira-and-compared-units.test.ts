// Units a figure's own words give, that were lost: the Turkish lira's code, a noun told after the number, a count
// compared with one that named its noun, a share of a possessed group, and a noun after a quoted number.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { figure } from './extract-helpers';

describe('the Turkish lira "TL" before an amount', () => {
  it('is the currency of the amount and no name', () => {
    const text = 'Varn Air said its revenue reached TL 62.9 billion, while its profit stood at TL5 million.';
    expect(figure(text, 'TL 62.9 billion').unit).toBe('TL');
    expect(figure(text, 'TL5 million').unit).toBe('TL');
    expect(extract(text).mentions.map((m) => m.name)).not.toContain('TL');
  });
  it('keeps "TL" with no amount after it a word of its own', () => {
    expect(figure('The TL team in Ostra hired 40 engineers.', '40').unit).toBe('engineers');
  });
});
