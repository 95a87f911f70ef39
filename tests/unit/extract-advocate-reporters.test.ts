// An advocate is a person of a trade who speaks for others, as a campaigner or an activist is: one described by it reports.
import { describe, expect, it } from 'vitest';
import { figureReporters } from './extract-helpers';

describe('an advocate described, not named', () => {
  it('gives the count to "a <cause> advocate said"', () => {
    expect(figureReporters('A prison reform advocate said nine inmates died in the heat.')).toEqual(['a prison reform advocate']);
  });

  it('leaves a count to no one where an advocate says nothing of it', () => {
    expect(figureReporters('Nine inmates died in the heat after advocates had warned of it.')).toEqual([null]);
  });
});
