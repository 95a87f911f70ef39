// A body's name and a person's name that a lost space glued into one word.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

const names = (text: string) => extract(text).mentions.map((m) => m.name);

describe('a body’s head glued to a given name', () => {
  it('splits the body’s name from the person’s where the space was lost', () => {
    const r = extract('The head of the charity Ostra Relief ForumAna Kelmor, told reporters that two children died. “We are worried,” she said.');
    const found = r.mentions.map((m) => m.name);
    expect(found).toEqual(expect.arrayContaining(['Ostra Relief Forum', 'Ana Kelmor']));
    expect(found).not.toContain('Ostra Relief ForumAna Kelmor');
    expect(r.claims.find((c) => c.kind === 'quote')?.attributedTo).toBe('Ana Kelmor');
  });

  it('leaves a brand written with an inner capital whole', () => {
    expect(names('Shares of VarnPay and OstraNet rose on Monday.')).toEqual(expect.arrayContaining(['VarnPay', 'OstraNet']));
  });
});
