// "according to a person familiar with X": an unnamed source known by what they are familiar with.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { figures } from './extract-helpers';

/** reportedBy of each figure claim. */
const figureReporters = (text: string): (string | null)[] => figures(extract(text)).map((c) => c.reportedBy);

describe('a source familiar with something', () => {
  it('reads "according to a person familiar with the raids" as the unnamed source', () => {
    expect(figureReporters('Border agents held more than 1,300 people in the sweep, according to a person familiar with the raids.')).toEqual(['a person familiar with the raids']);
  });

  it('ends the source before an "and" joining a second speaker', () => {
    expect(figureReporters('Border agents held 640 people on Monday, according to an official familiar with the sweep and a police spokesman.')).toEqual(['an official familiar with the sweep']);
  });

  it('keeps an "according to" with no such phrase as it was', () => {
    expect(figureReporters('Border agents held 640 people on Monday, according to local officials.')).toEqual(['local officials']);
  });
});
