// The body's words a title before a name keeps: a group's possessive inside a party's name, and a company's board.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

const roleOf = (text: string, name: string) => extract(text).mentions.find((m) => m.name === name)?.role;

describe('a title before a name keeps the whole body it is of', () => {
  it('keeps a group of people’s possessive that opens the party’s name', () => {
    expect(roleOf('The minister hit back at Workers’ Unity Party leader Varn Kelmor on Tuesday.', 'Varn Kelmor')).toBe('Workers’ Unity Party leader');
    expect(roleOf('The minister hit back at People’s Unity Party leader Varn Kelmor on Tuesday.', 'Varn Kelmor')).toBe('People’s Unity Party leader');
  });

  it('leaves out a place’s possessive, which owns the party rather than names it', () => {
    expect(roleOf('The minister hit back at Ostra’s Unity Party leader Varn Kelmor on Tuesday.', 'Varn Kelmor')).toBe('Unity Party leader');
  });

  it('keeps a company’s board and the company before it', () => {
    expect(roleOf('Tarvo Telecom board chair Varn Kelmor told shareholders the payout would rise.', 'Varn Kelmor')).toBe('Tarvo Telecom board chair');
  });

  it('keeps a bare title after a lower-case word as it was', () => {
    expect(roleOf('Shares rose after the chair Varn Kelmor told shareholders the payout would rise.', 'Varn Kelmor')).toBe('chair');
  });
});
