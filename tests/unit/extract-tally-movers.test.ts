// A body's act that moves a tally to a count ("The ministry's decision raised the toll to 412", "This brought to 40 …") gives the count as the body's.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

const figureBy = (text: string, value: number): [string | null, string | null] => {
  const c = extract(text).claims.find((x) => x.kind === 'figure' && x.figures[0]!.value === value)!;
  return [c.attributedTo, c.reportedBy];
};

describe('a body whose act moves a tally', () => {
  it('gives the count to the body a possessive noun stands for ("The ministry\'s decision raised …")', () => {
    const text =
      'The Ostra Health Ministry on Monday added 90 people listed as missing to its count of the dead.\n\nThe ministry’s decision raised the number of dead in Ostra to 1,412, while the Varn Red Cross kept to its own figure.';
    expect(figureBy(text, 1412)).toEqual(['Ostra Health Ministry', null]);
  });

  it('gives the count to a body named in the possessive ("Kelmor Council\'s update brought …")', () => {
    const text = 'The Kelmor Council’s update brought the toll in the valley to 73 on Tuesday.';
    expect(figureBy(text, 73)).toEqual(['Kelmor Council', null]);
  });

  it('gives the count "this" moves to the source of the sentence before', () => {
    const text =
      'The Varn Disaster Agency on Friday confirmed four more deaths in the hills.\n\nThis will have brought to 19 the number of people killed since the storm reached Ostra.';
    expect(figureBy(text, 19)).toEqual(['Varn Disaster Agency', null]);
  });

  it('leaves a count with no body behind the act, or one that no act moves, as it was', () => {
    // "This week" is a time, not the act of the sentence before.
    const week = 'The Varn Disaster Agency on Friday confirmed four more deaths.\n\nThis week the storm brought the river to 6 metres above its banks.';
    expect(figureBy(week, 6)).toEqual([null, null]);
    // The act is the storm's, which is no source.
    const storm = 'The Varn Disaster Agency on Friday confirmed four more deaths.\n\nThe storm’s surge brought the number of dead to 19.';
    expect(figureBy(storm, 19)).toEqual([null, null]);
  });
});
