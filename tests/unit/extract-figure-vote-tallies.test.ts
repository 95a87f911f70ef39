// Two sides' votes joined by a dash ("an 81-19 majority") are two figures in votes, not one game's score.
import { describe, expect, it } from 'vitest';
import { figures } from './extract-helpers';

const read = (text: string) => figures(text).map((f) => [f.value, f.unit]);

describe('a vote tally joined by a dash', () => {
  it('reads "a 74-31 majority" as both sides\' votes', () => {
    expect(read('The Ostra mayor kept his post on Monday by a narrow 74-31 majority.')).toEqual([
      [74, 'votes'],
      [31, 'votes'],
    ]);
  });

  it('reads "voted 9-4" and "passed 58-41 in a vote" as both sides\' votes', () => {
    expect(read('The Varn council voted 9-4 to close the bridge.')).toEqual([
      [9, 'votes'],
      [4, 'votes'],
    ]);
    expect(read('The Kelmor levy passed 58-41 in a vote on Tuesday.')).toEqual([
      [58, 'votes'],
      [41, 'votes'],
    ]);
  });

  it('keeps a game\'s result one score', () => {
    expect(read('Ostra won a 4-2 victory over Varn on Sunday.')).toEqual([[4, 'score']]);
  });
});
