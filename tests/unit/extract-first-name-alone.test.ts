// A person called by the first word of the full name once the text has given it ("Tarvo Kelmani … Tarvo added").
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

/** "name forms" of each mention. */
const mentions = (text: string): string[] => extract(text).mentions.map((m) => `${m.name} ${m.forms.join('|')}`);
const speakers = (text: string): (string | null | undefined)[] => extract(text).claims.map((c) => c.attributedTo);

describe('the first word of one person’s full name used alone', () => {
  it('is that person, after the surname alone has been used too', () => {
    const text = 'Former minister Tarvo Kelmani said the vote was flawed. Kelmani, who lost to President Ostrid Varn, spoke in Ostra. Tarvo added that the count was late.';
    expect(mentions(text)).toContain('Tarvo Kelmani Tarvo Kelmani|Kelmani|Tarvo');
    expect(speakers(text).at(-1)).toBe('Tarvo Kelmani');
  });

  it('is that person when the word is a common given name', () => {
    const text = 'Ana Ruiz spoke in Ostra on Monday. Ruiz said the vote was fair. Ana added that the count was late.';
    expect(speakers(text)).toEqual(['Ana Ruiz', 'Ana Ruiz', 'Ana Ruiz']);
  });

  it('stays apart where two people share the word, or where it is another person’s surname', () => {
    const two = 'Ana Ruiz and Ana Lind met in Ostra. Ana said the talks went well.';
    expect(mentions(two)).toContain('Ana Ana');
    const surname = 'Tarvo Kelmani met Ines Tarvo in Ostra. Kelmani said the vote was fair. Tarvo added that the count was late.';
    expect(speakers(surname).at(-1)).toBe('Ines Tarvo');
  });

  it('does not take a title as a first name', () => {
    const text = 'Minister Tarvo Kelmani said the vote was fair. Minister added that the count was late.';
    expect(speakers(text).at(-1)).toBeNull();
  });
});
