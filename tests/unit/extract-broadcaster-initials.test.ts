// A broadcaster's or an agency's initials opening a sentence before its medium ("KTV state radio said") name an outlet.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

const names = (text: string) => extract(text).mentions.map((m) => [m.name, m.kind]);

describe('initials opening a sentence before a medium', () => {
  it('name an outlet, "state" after them no place, also where another outlet takes the verb', () => {
    expect(names('Rescuers worked all night. KTV state radio and the OPA news agency, reporting from the island, said seven bodies were found.')).toEqual([
      ['KTV', 'outlet'],
      ['OPA', 'outlet'],
    ]);
  });

  it('leave initials before other words as they were: a state after them is still a place, a lone opener no name', () => {
    expect(names('Rescuers worked all night. Later KTV state officials said seven bodies were found.')).toContainEqual(['KTV', 'place']);
    expect(names('Rescuers worked all night. KTV state officials met on Monday.')).toEqual([]);
  });
});
