// Forms that give a figure to its own owner, not to the sentence's subject: a passive agent ("declared by"), a tally
// apposed after its agent ("the toll provided by X, 31,"), and a figure its subject offers ("offered a bigger figure — 640 —").
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
    const text = "Floods swept the valley this week. The latest official flood toll provided by the regional council, 31, came on Friday.";
    expect(ownerOf(text, 31)).toEqual([null, 'the regional council']);
  });

  it('gives no owner where the agent\'s words do not reach the figure', () => {
    const text = "Floods swept the valley this week. The latest official flood toll provided by the regional council on Friday, when 31 were missing, was lower.";
    expect(figures(extract(text)).map((c) => c.reportedBy)).not.toContain('the regional council');
  });
});

describe('a figure offered by the sentence\'s subject', () => {
  it('gives the figure set after "offered a much bigger figure —" to the subject, past a relative aside', () => {
    const text = 'The Ostra Watch group counted 210 detainees freed since March. Prison officials, who deny holding any dissidents, have offered a much bigger figure — nearly 640 releases — in recent weeks.';
    expect(ownerOf(text, 640)).toEqual([null, 'Prison officials']);
    expect(ownerOf('Kelmor Rights, which monitors the jails, has offered a much lower figure: about 300 releases.', 300)).toEqual(['Kelmor Rights', null]);
  });

  it('gives nothing where the figure offered is no one\'s or the noun is no figure', () => {
    expect(ownerOf('The storm offered a grim figure — nearly 640 homes — to the rescuers.', 640)).toEqual([null, null]);
    expect(ownerOf('Prison officials have offered a bus, 40 seats, to the families.', 40)[1]).not.toBe('Prison officials');
  });
});
