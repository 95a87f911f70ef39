// Names that are places by their last word or by the office written around them: a sea, a provincial capital,
// the town a mayor is of, the town before a deputy's police title.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { kinds } from './extract-source-helpers';

describe('a sea or an ocean by its last word', () => {
  it('reads "the Tarvish Sea" and "the Ostran Ocean" as places, no source', () => {
    expect(kinds(extract('“We will rebuild,” 90km east on the Ostran Ocean, the governor said from Kelmor.'))['Ostran Ocean']).toBe('place');
    expect(kinds(extract('Boats were lost off the Tarvish Sea coast, Ana Ruiz said.'))).toMatchObject({ 'Ana Ruiz': 'person' });
    expect(kinds(extract('Fishermen on the Tarvish Sea said 4 boats sank.'))['Tarvish Sea']).toBe('place');
  });

  it('leaves a name that only opens with "Sea" alone', () => {
    expect(kinds(extract('Sea Watch Varn, a rescue charity, said 30 were saved.'))['Sea Watch Varn']).not.toBe('place');
  });
});

describe('the place an office is of', () => {
  it('reads the name after "the provincial capital of" as a place', () => {
    expect(kinds(extract('The boat sailed from the provincial capital of Moravi to nearby Tesk island, Ana Ruiz said.')).Moravi).toBe('place');
  });

  it('reads the town after "mayor of" as a place, though it ends in "City"', () => {
    expect(kinds(extract('Nine miners were freed, said Li Wen, mayor of Dorran City, where the pit lies.'))['Dorran City']).toBe('place');
  });

  it('leaves a club named "City" alone where no mayor is of it', () => {
    expect(kinds(extract('Dorran City beat Ostra Rovers 2-1, coach Li Wen said.'))['Dorran City']).not.toBe('place');
  });

  it('keeps a two-word town whole before a deputy\'s police title, a place', () => {
    expect(kinds(extract('Kelmi Varos deputy police chief Ana Ruiz said 5 had died.'))).toMatchObject({ 'Kelmi Varos': 'place', 'Ana Ruiz': 'person' });
  });

  it('still drops a sentence-initial descriptor before a country named alone elsewhere', () => {
    const r = extract('Incumbent Tesko president Ana Ruiz lost. Voters in Tesko were angry.');
    expect(kinds(r)).toMatchObject({ Tesko: expect.any(String), 'Ana Ruiz': 'person' });
    expect(Object.keys(kinds(r))).not.toContain('Incumbent Tesko');
  });
});
