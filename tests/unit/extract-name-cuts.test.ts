// Names cut wrong or made of adjectives: a capitalised lead-in, a compass demonym, a "-listed" compound, a portfolio before the name, an "A." initial.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { kinds } from './extract-source-helpers';

const kindsOf = (text: string) => kinds(extract(text));
const names = (text: string) => extract(text).mentions.map((m) => m.name);

describe('adjectives that are no names', () => {
  it('drops a feature’s opening words set in capitals, keeping initials and a capital article’s name', () => {
    const found = names('LIKE MANY others, the government of Ostra has struggled. US officials said 30 died. THE Coalition said so.');
    expect(found).not.toContain('LIKE MANY');
    expect(found).toEqual(expect.arrayContaining(['US', 'Coalition']));
  });

  it('drops compass words and a demonym before a lower-case noun, not a body they name', () => {
    const found = names('The ongoing downpour across the East African country killed 5 in Ostra. The West African nation mourned. The South African government said 12 died.');
    expect(found).not.toContain('East African');
    expect(found).not.toContain('West African');
    expect(found).toContain('South African government');
  });

  it('reads a name before "-listed" or "-based" as a place; "-owned" leaves it as it was', () => {
    const k = kindsOf('The Kelmor-listed company said its profit rose 5 percent. The Varn-based group agreed. The Ostra-owned bank said no.');
    expect([k['Kelmor'], k['Varn']]).toEqual(['place', 'place']);
    expect(k['Ostra']).not.toBe('place');
    expect(names('The Ostra-listed resources company said its profit rose.')).not.toContain('Ostra-listed');
  });
});

describe('titles and initials', () => {
  it('keeps a portfolio’s qualifier in the title, not the name', () => {
    const r = extract('Acting Prime Minister and Minister for Urban Development Varno Kel Ostrin was chairing the meeting. Minister for Kelmor Affairs Tom Varn agreed.');
    expect(r.mentions.map((m) => [m.name, m.role])).toEqual([
      ['Varno Kel Ostrin', 'Minister for Urban Development'],
      ['Tom Varn', 'Minister for Kelmor Affairs'],
    ]);
  });

  it('keeps an initial "A." of a name; an article "A" stays out', () => {
    expect(names('“We will not stop,” A. K. Varnesan, the forest minister, told KNN. A Kelmor official said 12 died.')).toEqual(expect.arrayContaining(['A. K. Varnesan']));
    expect(names('A Kelmor official said 12 died.')).not.toContain('A Kelmor');
  });
});
