// Names cut or joined wrong, wave 6: a title that is also a surname closing a name; "No." and a number inside a name; the town a mayor is "for"; portfolio words before a lower-case title; a paper's "on Sunday" title; a body and its head after "head of <Owner>'s".
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

const people = (text: string) => extract(text).mentions.map((m) => [m.name, m.kind]);

describe('a title that is also a surname, closing a name', () => {
  it('keeps "Sheikh" after given names as the surname: the whole name reports the count', () => {
    const r = extract('By noon, the Varno commissioner, Tarek Omar Sheikh, said 40 people had died.');
    expect(r.mentions.find((m) => m.kind === 'person')).toMatchObject({ name: 'Tarek Omar Sheikh', role: 'Varno commissioner' });
    expect(r.claims.find((c) => c.kind === 'figure')?.attributedTo).toBe('Tarek Omar Sheikh');
    expect(people('Mary Ann Bishop, a nurse, said 4 people died.')).toEqual([['Mary Ann Bishop', 'person']]);
  });

  it('still drops the title after a place or a body ("the Kelmor Sheikh")', () => {
    expect(people('The Kelmor Sheikh said 4 people died.')).toEqual([['Kelmor', 'other']]);
  });
});

describe('"No." and a number inside a name', () => {
  it('keeps the numbered name whole: no person is cut before the "No." to take the pronoun after it', () => {
    const r = extract('The blast hit the former Kelmor No. 7 Textile Mill on Monday. "The windows shook," he said.');
    expect(r.mentions.map((m) => m.name)).toEqual(['Kelmor No. 7 Textile Mill']);
    expect(r.mentions.some((m) => m.kind === 'person')).toBe(false);
  });

  it('leaves "No." opening a name as it was', () => {
    expect(people('A spokesman for No. 10 Downing Street said 4 people were hurt.')).toEqual([['Downing Street', 'government']]);
  });
});

describe('the town of a mayor written with "for"', () => {
  it('reads the name after "mayor for" as the town, as after "mayor of": a place, no source', () => {
    expect(people('Tomas Varga, the mayor for Ostrel, said 30 people had died.')).toEqual([
      ['Tomas Varga', 'person'],
      ['Ostrel', 'place'],
    ]);
    // Another title's "for" names what the title is of, a body as well as a place.
    expect(people('Tomas Varga, the spokesman for Ostrel Water, said 30 people had died.')).toEqual([
      ['Tomas Varga', 'person'],
      ['Ostrel Water', 'other'],
    ]);
  });
});

describe('a body and the person heading it, after a title\'s "of" and a possessive owner', () => {
  it('splits "the head of <Owner>\'s <Body> <Name>" into the body and the person, the title as role', () => {
    const r = extract('"The roads are gone," the head of Kelmor\'s Water Board George Varga told a radio station.');
    expect(r.mentions.map((m) => [m.name, m.kind, m.role])).toEqual([
      ['Kelmor', 'other', null],
      ['Water Board', 'organization', null],
      ['George Varga', 'person', "head of Kelmor's Water Board"],
    ]);
  });

  it('leaves the run whole where no title stands before the owner', () => {
    expect(people('Fans of Kelmor’s Water Board George Varga cheered.')).toEqual([
      ['Kelmor', 'other'],
      ['Water Board George Varga', 'other'],
    ]);
  });
});

describe('portfolio words of several before a lower-case title', () => {
  it('reads them as the title\'s, no body: only the person is named', () => {
    expect(people('Water and Child Care minister Tomas Varga denied the claims on Monday.')).toEqual([['Tomas Varga', 'person']]);
  });

  it('keeps a body whose name holds the same words', () => {
    expect(people('Kelmor Child Care Centre said 4 children were hurt.')).toEqual([['Kelmor Child Care Centre', 'organization']]);
  });
});

describe('a paper\'s Sunday edition', () => {
  it('keeps "on Sunday" after a paper\'s word as part of its title', () => {
    expect(people('Ana Ruiz spoke to the Daily on Sunday about the flood.')).toEqual([
      ['Ana Ruiz', 'person'],
      ['Daily on Sunday', 'outlet'],
    ]);
  });

  it('still reads another day, or a part of Sunday, as the date', () => {
    expect(people('Ana Ruiz spoke to the Daily on Monday about the flood.')).toEqual([
      ['Ana Ruiz', 'person'],
      ['Daily', 'outlet'],
    ]);
    expect(people('The Herald on Sunday morning reported that 5 people died.')).toEqual([['Herald', 'outlet']]);
  });
});
