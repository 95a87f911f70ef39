// A portfolio after a lower-case title and its "of" ("the minister of Health Ana Ruiz") is the title's, and "on <outlet>" after a name is where the person spoke.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

const people = (text: string) => extract(text).mentions.map((m) => [m.name, m.kind, m.role]);

describe('a portfolio after a lower-case title and its "of"', () => {
  it('is the title’s, and the person alone is the name', () => {
    expect(people('The toll rose on Monday, said the minister of Health Ines Kelm.')).toEqual([['Ines Kelm', 'person', 'minister of Health']]);
    // A stray apostrophe before the portfolio changes nothing.
    expect(people("The toll rose on Monday, said the minister of 'Interior Ines Kelm.")).toEqual([['Ines Kelm', 'person', 'minister of Interior']]);
  });
  it('makes no person of a place after the portfolio', () => {
    expect(people('The toll rose, said the head of Civil Protection Ostra Region.').filter(([, kind]) => kind === 'person')).toEqual([]);
  });
});

describe('"on" and an outlet after a person’s name', () => {
  it('is the outlet the person spoke on, no word of the name', () => {
    expect(people('The toll will rise, warned the minister Ines Kelm on Varn TV.')).toEqual([
      ['Ines Kelm', 'person', 'minister'],
      ['Varn TV', 'outlet', null],
    ]);
  });
  it('keeps "on" inside a body’s name', () => {
    expect(people('The Commission on Broadcasting Review said 3 channels closed.').map(([name]) => name)).toContain('Commission on Broadcasting Review');
  });
});
