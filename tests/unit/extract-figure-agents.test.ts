// Forms that give a figure to its own owner, not to the sentence's subject: a passive agent ("declared by"), and a tally
// apposed after its agent ("the toll provided by X, 31,").
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { figures } from './extract-helpers';

/** [attributedTo, reportedBy] of the figure claim whose value is `value`. */
const ownerOf = (text: string, value: number): [string | null, string | null] => {
  const claim = figures(extract(text)).find((c) => c.figures[0]!.value === value);
  return claim ? [claim.attributedTo, claim.reportedBy] : [null, 'no figure'];
};

describe('a passive agent owns its count', () => {
  it('gives a count "declared by" or "recorded by" someone to that agent', () => {
    const text = 'The monitor Kelmor Rights said 410 prisoners were hanged in Varn this year, well above the 120 hangings declared by officials in Varn.';
    expect(ownerOf(text, 120)).toEqual([null, 'officials']);
    expect(ownerOf(text, 410)[0]).toBe('Kelmor Rights');
    const recorded = 'Kelmor Rights said 52 arrests took place, against the 19 arrests recorded by the Ostra Tribune.';
    expect(ownerOf(recorded, 19)).toEqual(['Ostra Tribune', null]);
  });

  it('keeps the subject\'s count where "by" names no one who reports', () => {
    const text = 'Kelmor Rights said 120 hangings were carried out by guards in Varn this year.';
    expect(figures(extract(text)).map((c) => c.attributedTo)).toEqual(['Kelmor Rights']);
  });
});

describe('a tally apposed after its agent', () => {
  it('gives "the last official toll provided by the council, 31," to the council', () => {
    const text = 'Floods swept the valley this week. The last official death toll provided by the regional council, 31, came on Friday.';
    expect(ownerOf(text, 31)).toEqual([null, 'the regional council']);
  });

  it('gives no owner where the agent\'s words do not reach the figure', () => {
    const text = 'Floods swept the valley this week. The last official death toll provided by the regional council on Friday, when 31 were missing, was lower.';
    expect(figures(extract(text)).map((c) => c.reportedBy)).not.toContain('the regional council');
  });
});
