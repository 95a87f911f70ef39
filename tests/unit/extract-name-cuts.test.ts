// Names cut wrong or made of adjectives: a capitalised lead-in, a compass demonym, a "-listed" compound, a portfolio before the name, an "A." initial; a holiday, a storm's other name, a name run on past its short form, a place after "the city of", a kind of body in capitals before its name.
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

  it('drops a kind of body written in capitals before its name ("the NGO Kelmor Aid"), not one a head word follows', () => {
    expect(names('The NGO Kelmor Sans Frontieres said 40 died. Rights NGO Varn Watch said 30 died.')).toEqual(['Kelmor Sans Frontieres', 'Varn Watch']);
    expect(names('The NGO Forum on Varn said 30 died.')).toEqual(['NGO Forum on Varn']);
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

describe('holidays, other names and names run on across a short form', () => {
  it('drops a holiday ending in "Day" after a preposition of time or before a noun, not a person surnamed Day', () => {
    const found = names('Tomas Kelmor spoke during Labour Day celebrations in Ostra. On Victory Day, 20 marched. Doris Day said she was glad.');
    expect(found).not.toContain('Labour Day');
    expect(found).not.toContain('Victory Day');
    expect(found).toEqual(expect.arrayContaining(['Tomas Kelmor', 'Doris Day']));
  });

  it('reads a storm’s international name in brackets as the same storm', () => {
    const found = names('At least 21 have been killed by Typhoon Kelmo (international name Varnu), Ana Pell said.');
    expect(found).not.toContain('Varnu');
    expect(found).toEqual(expect.arrayContaining(['Typhoon Kelmo', 'Ana Pell']));
  });

  it('runs a body’s name on across "and" after its short form, up to a plural head, which speaks; a second body stays', () => {
    const r = extract('The International Federation of Ostra Cross (IFOC) and Varn Crescent Societies said 400 houses were destroyed.');
    expect(r.mentions.map((m) => m.name)).toEqual(['International Federation of Ostra Cross']);
    expect(r.claims.find((c) => c.kind === 'figure')?.attributedTo).toBe('International Federation of Ostra Cross');
    expect(names('The Ostra Medical Association (OMA) and Varn Nurses Union said 400 nurses quit.')).toEqual(['Ostra Medical Association', 'Varn Nurses Union']);
  });

  it('makes a name after "the city of" a place, whatever else it is used with, unless it speaks', () => {
    expect(kindsOf('Militants killed dozens in areas of the eastern city of Kel el-Varn, opposition activists said. The Amo news agency reported an attack on Kel el-Varn.')['Kel el-Varn']).toBe('place');
    expect(kindsOf('The mayor of the city of Ostra, Ana Pell, said 3 died. Ostra said the city would rebuild.')['Ostra']).toBe('other');
  });
});

describe('a sentence-opening adjective of a group’s members', () => {
  it('is no word of the name after it ("Remnant Kelmor Front fighters")', () => {
    expect(names('Remnant Kelmor Front fighters raided a post on Monday.')).toEqual(['Kelmor Front']);
    expect(names('Suspected Kelmor Front fighters raided a post on Monday.')).toEqual(['Kelmor Front']);
  });

  it('stays in a name the text also writes with it mid-sentence', () => {
    expect(names('Remnant Trust said on Monday it would close. A spokesman for the Remnant Trust said funds ran out.')).toEqual(['Remnant Trust']);
  });
});

describe('a body’s name with a plural’s possessive before "for the"', () => {
  it('keeps "the People’s Movement for the Liberation of Kelmor (MPLK)" one name, its short form with it', () => {
    const r = extract('The ruling People’s Movement for the Liberation of Kelmor (MPLK) won the vote, officials said. The MPLK has ruled since 1975.');
    expect(r.mentions.map((m) => [m.name, m.count])).toEqual([['People’s Movement for the Liberation of Kelmor', 3]]);
  });
  it('still ends a name at a singular owner’s possessive', () => {
    const r = extract('Officials of the Kelmor Party’s Office for the Protection of Varn said the vote was fair.');
    expect(r.mentions.map((m) => m.name)).toEqual(['Kelmor Party', 'Office for the Protection of Varn']);
  });
});

describe('a person’s part in the story opening the sentence', () => {
  it('leaves "Passenger", "Witness" out of the name after it', () => {
    expect(extract('Passenger Karim Ostrani, 42, told the Varn Times he swam to shore.').mentions.map((m) => m.name)).toEqual(['Karim Ostrani', 'Varn Times']);
    expect(extract('Witness Tomas Kelmor said the bus was full.').claims.map((c) => c.attributedTo)).toEqual(['Tomas Kelmor']);
  });
  it('keeps it in a name that is no person’s', () => {
    expect(extract('Witness Protection Programme officials said they moved the family.').mentions.map((m) => m.name)).toEqual(['Witness Protection Programme']);
  });
});

describe('an outlet named "X of <place>" before its noun', () => {
  it('keeps "of <place>" in the name of the paper the noun follows', () => {
    expect(kindsOf('The state-run New Light of Ostra newspaper put the toll at three dead.')).toEqual({ 'New Light of Ostra': 'outlet' });
    expect(names('The Morning Star of Varn daily said 40 were missing.')).toEqual(['Morning Star of Varn']);
  });
  it('still cuts a person of a paper, and leaves names with no outlet noun after them alone', () => {
    expect(names('Ana Ruiz of Varn newspaper said three died.')).toEqual(['Ana Ruiz', 'Varn']);
    expect(names('New Light of Varn said three died.')).not.toContain('New Light of Varn');
  });
});

describe('two plural lines of business joined by "and"', () => {
  it('keeps a brand and both lines one name', () => {
    const found = names('Kelmor Hotels and Resorts recorded a 12% rise in revenue. Ostra Arts and Sciences said its intake grew.');
    expect(found).toEqual(expect.arrayContaining(['Kelmor Hotels and Resorts', 'Ostra Arts and Sciences']));
    expect(found).not.toContain('Resorts');
  });

  it('still cuts where a person or no brand stands around the "and"', () => {
    const found = names('Kelmor Hotels and Ana Ruiz signed the deal, Varn said.');
    expect(found).toEqual(expect.arrayContaining(['Kelmor Hotels', 'Ana Ruiz']));
  });
});
