// Names cut in two or glued to what is no part of them: a typo's double space, an Arabic name's lower-case words, a
// capitals compound before a name, a department after a title, a country's initials, amounts printed as one word.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

const mentions = (text: string) => extract(text).mentions.map((m) => [m.name, m.kind, m.role ?? null]);
const names = (text: string) => extract(text).mentions.map((m) => m.name);

describe('a name cut in two', () => {
  it('reads a double space after a given name as a typo inside one name', () => {
    const r = extract('President Tomas  Varnek faces his hardest vote yet. Varnek said he would win.');
    expect(r.mentions.map((m) => [m.name, m.role])).toEqual([['Tomas Varnek', 'President']]);
    expect(r.claims.find((c) => c.kind === 'statement')?.attributedTo).toBe('Tomas Varnek');
  });

  it('keeps two names apart at a double space after a sentence’s full stop', () => {
    expect(names('The prize went to Tomas.  Varnek said he would appeal.')).not.toContain('Tomas Varnek');
  });

  it('keeps an Arabic name’s lower-case article forms and its "wa" inside the name', () => {
    expect(names('Harsh Kelmo ul-Varnin wa al-Ostrani said on Friday that it held two soldiers.')).toEqual(['Harsh Kelmo ul-Varnin wa al-Ostrani']);
  });

  it('leaves "wa" between two plain names alone', () => {
    expect(names('Aid reached Varn wa Ostra on Monday, the agency said.')).not.toContain('Varn wa Ostra');
  });
});

describe('words glued on a name', () => {
  it('drops a capitals compound’s participle opening the name', () => {
    expect(names('STATE-OWNED Development Bank of Kelmor’s net income rose 12 percent, the bank said.')).toEqual(['Development Bank of Kelmor']);
  });

  it('keeps initials after a hyphen that open a body’s name', () => {
    expect(names('The UN-OCHA Office in Varn said 12 people died.')).toContain('UN-OCHA Office');
  });

  it('gives a department written between a title and a name to the title', () => {
    expect(mentions('Ostra Airways Vice President Media Relations Daro Kelvic announced the results on Monday.')).toContainEqual(['Daro Kelvic', 'person', 'Ostra Airways Vice President Media Relations']);
    expect(mentions('Minister of Foreign Affairs Daro Varn said the talks failed.')).toContainEqual(['Daro Varn', 'person', 'Minister of Foreign Affairs']);
  });

  it('keeps a body a place owns in the role after "spokesperson for"', () => {
    expect(mentions('Tomas Varn Ruel, the spokesperson for Ostra’s Ministry of Water Affairs said on Monday that 40 people died.')).toContainEqual([
      'Tomas Varn Ruel',
      'person',
      'spokesperson for Ostra’s Ministry of Water Affairs',
    ]);
  });

  it('leaves the role as it was where the owned words do not end the phrase', () => {
    expect(mentions('“We can win two seats,” said Tomas Varn Ruel, the deputy chairman of the KPP’s Ostra election campaign team.')).toContainEqual([
      'Tomas Varn Ruel',
      'person',
      'deputy chairman of the KPP',
    ]);
  });
});

describe('what is no person', () => {
  it('reads an honorific’s letters in capitals before a country as the country’s initials', () => {
    expect(mentions('Floods hit DR Congo on Monday, killing 12 people, officials said.')).toEqual([['DR Congo', 'place', null]]);
  });

  it('keeps an honorific before a person, also before a country’s name used as a surname', () => {
    expect(mentions('The toll rose to 12, Dr Kelmo Varn said. Mr Jordan agreed.')).toEqual([
      ['Kelmo Varn', 'person', 'Dr'],
      ['Jordan', 'person', null],
    ]);
  });

  it('reads an amount printed with its currency and magnitude as one word as no name', () => {
    expect(names('Profit was K103.2billion, up from K78.2billionin 2017, while revenue hit K4.95trillion, Kelmor Bank said.')).toEqual(['Kelmor Bank']);
  });
});
