// Subjects of reporting that sit apart from their verb: a passive "X was quoted by Y as saying", "X of Ostra state told",
// "some witnesses and sources", "officials in their statements said", an opening participle's clause, "X …, but said",
// and "the group" for a body named as an outlet the sentence before.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { byKind } from './extract-source-helpers';

describe('a closing "X was quoted by Y as saying" gives the sentence to X', () => {
  it('gives the figures to the governor quoted, not the agency that quotes him', () => {
    const text = 'The toll from the floods rose to 102 from the earlier reported 61, Governor Tomas Varn was quoted by the Kelmor News Agency as saying.';
    expect(byKind(extract(text), 'figure')).toEqual(['Tomas Varn', 'Tomas Varn']);
  });

  it('leaves a sentence to no one where the one quoted is no name', () => {
    const text = 'The toll from the floods rose to 102 from the earlier reported 61, a local official was quoted by the Kelmor News Agency as saying.';
    expect(byKind(extract(text), 'figure')).toEqual([null, null]);
  });
});
