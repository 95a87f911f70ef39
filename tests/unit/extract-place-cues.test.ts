// Words before a name that say it is a place or that it is not: "neighbouring X", and a quoted word's language after "in".
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { kinds } from './extract-source-helpers';

describe('cues of a place before a name', () => {
  it('reads a name most often written after "neighbouring" as a place, though it once opens a sentence as its source', () => {
    const r = extract('Floods swept through Kelmor and neighbouring Ostravia Sunday, authorities said. In neighbouring Ostravia, 11 died. Ostravia says 4 are missing.');
    expect(kinds(r).Ostravia).toBe('place');
  });

  it('reads "in X" after a quoted word as the word\'s language, no place', () => {
    expect(kinds(extract('The storm, whose name means “tiger” in Tarvish, killed 9.')).Tarvish).not.toBe('place');
  });
});

describe('a name right before a mayor’s or governor’s title and the holder’s name', () => {
  it('is the town or province the office serves, a place', () => {
    expect(kinds(extract('Ostra South Mayor Ana Ruiz said the toll was 11.'))).toMatchObject({ 'Ostra South': 'place', 'Ana Ruiz': 'person' });
  });

  it('leaves a body before the title a body ("Central Bank Governor")', () => {
    expect(kinds(extract('Central Bank Governor Ana Ruiz said rates would rise.'))).toMatchObject({ 'Central Bank': 'organization' });
  });
});
