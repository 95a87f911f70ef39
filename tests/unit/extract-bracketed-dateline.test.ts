// "Ostra (Kelmor): A day after …": a dateline's town and its region in brackets before a colon are places, not a wire's credit.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

const kinds = (text: string) => Object.fromEntries(extract(text).mentions.map((m) => [m.name, m.kind]));

describe('a dateline with its region in brackets and a colon', () => {
  it('reads the town and its region as places', () => {
    const k = kinds('Kelmoro (Varnia): Two days after a van slid off a bridge in Varnia’s Kelmoro, the state minister, Tomas Rell, said no one died.\n\nVarnia Chief Minister Ana Ruiz said so too.');
    expect([k['Kelmoro'], k['Varnia']]).toEqual(['place', 'place']);
  });

  it('leaves a transcript’s speakers and their parties alone', () => {
    const k = kinds('Ana Ruiz (KP): The first question is the budget.\nTomas Rell (VP): No, it is not.');
    expect(k['Ana Ruiz']).toBe('person');
    expect(k['KP']).not.toBe('place');
  });
});

describe('a dateline’s wire in brackets before a colon', () => {
  it('is no place', () => {
    expect(kinds('KELMORO (KW): The toll from the quake rose to 40 on Sunday, officials said.')['KW']).not.toBe('place');
  });
});
