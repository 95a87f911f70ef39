// A count right after a clause that opens on its whole ("of the 40 billion dollars …, 25 billion …") counts what the whole counts.
import { describe, expect, it } from 'vitest';
import { figures } from './extract-helpers';

const read = (text: string) => figures(text).map((f) => [f.value, f.unit]);

describe('a count after a clause opening on its whole', () => {
  it('gives "25 billion" the whole\'s dollars', () => {
    expect(read('The mayor said that "of the 40 billion dollars Ostra borrowed abroad, 25 billion vanished."')).toEqual([
      [4e10, 'dollars'],
      [2.5e10, 'dollars'],
    ]);
  });

  it('gives the part the whole\'s currency sign', () => {
    expect(read('Of the $6 million Varn raised for the dam, 2 million paid for the survey.')).toEqual([
      [6e6, '$'],
      [2e6, '$'],
    ]);
  });

  it('leaves a count after a whole that opens no clause without its noun', () => {
    expect(read('Kelmor borrowed 40 billion dollars, and 25 billion vanished.')).toEqual([
      [4e10, 'dollars'],
      [2.5e10, null],
    ]);
  });
});
