// Two shares of a vote joined by a dash are a poll's split, not a game's score.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { figure, figures, figuresOf } from './extract-helpers';

describe('a vote split by a dash', () => {
  it('reads "52-48 on the preferred vote" as the leading share in percent, with no change', () => {
    const f = figure('The last Kelmor survey puts the Farmers ahead of the Greens 52-48 on the two-party vote.', '52');
    expect(f.unit).toBe('%');
    expect(f.value).toBe(52);
    expect(f.change).toBeNull();
  });
  it('keeps a game score that makes 100 as a score, and a range of percents as a range', () => {
    expect(figure('Ostra beat Varn 53-47 in the final on Sunday.', '53-47').unit).toBe('score');
    expect(figure('Some 10-15% of Varn voters stayed home.', 'Some 10-15%').upTo).toBe(15);
  });
});

describe("the trailing share of a poll's split", () => {
  it('reads the second share of "52-48 on the vote" as a figure of its own, in percent', () => {
    const r = extract('The final Varn poll has the Farmers leading the Greens 55-45 on the two-party vote, its pollster said.');
    expect(figuresOf(r).map((f) => [f.value, f.unit, f.phrase, f.change])).toEqual([
      [55, '%', '55', null],
      [45, '%', '45', null],
    ]);
  });
  it('reads the second share of a slashed split after a verb of leading, even where the two leave undecided voters', () => {
    expect(figures('Kelmor trails 38/49 in the latest count.').map((f) => [f.value, f.unit])).toEqual([
      [38, '%'],
      [49, '%'],
    ]);
  });
  it("keeps a game's score as one figure, the loser's goals no share", () => {
    expect(figures('Ostra beat Varn 53-47 in the final on Sunday.').map((f) => [f.value, f.unit, f.phrase])).toEqual([[53, 'score', '53-47']]);
  });
});
