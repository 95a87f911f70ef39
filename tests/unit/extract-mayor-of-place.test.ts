// "The mayor of the town of Kelmo, located near …, said": the place's phrase may hold "<place noun> of" and end at a participle's aside.
import { describe, expect, it } from 'vitest';
import { figureReporters } from './extract-helpers';

describe('an official of a place described by its kind', () => {
  it('reads "of the town of <name>" as the place of the speaker', () => {
    expect(figureReporters('Storms lashed the coast. The mayor of the town of Brelle said 23 boats sank.')).toEqual(['the mayor of the town of Brelle']);
  });

  it('skips a participle aside after the place before the verb', () => {
    expect(figureReporters('Storms lashed the coast. The mayor of Brelle, perched above the harbour, said 23 boats sank.')).toEqual(['the mayor of Brelle']);
  });

  it('gives none where "of" leads to no name of a place ("the town of fishermen")', () => {
    expect(figureReporters('Storms lashed the coast. The mayor of the town of fishermen counted 23 boats.')).toEqual([null]);
  });
});
