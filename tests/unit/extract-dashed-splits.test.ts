// Two shares of a vote joined by a dash are a poll's split, not a game's score.
import { describe, expect, it } from 'vitest';
import { figure } from './extract-helpers';

describe('a vote split by a dash', () => {
  it('reads "52-48 on the preferred vote" as the leading share in percent, with both shares in its phrase', () => {
    const f = figure('The last Kelmor survey puts the Farmers ahead of the Greens 52-48 on the two-party vote.', '52-48');
    expect(f.unit).toBe('%');
    expect(f.value).toBe(52);
    expect(f.change).toBeNull();
  });
  it('keeps a game score that makes 100 as a score, and a range of percents as a range', () => {
    expect(figure('Ostra beat Varn 53-47 in the final on Sunday.', '53-47').unit).toBe('score');
    expect(figure('Some 10-15% of Varn voters stayed home.', 'Some 10-15%').upTo).toBe(15);
  });
});
