// @vitest-environment node
// "according to official figures released on Friday": records of counts no one is named for, and a tally's noun closed by a participle of issuing it.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

/** The named source and unnamed reporter of each figure claim of `text`, by the figure's value. */
const figureBy = (text: string): [number, string | null, string | null][] =>
  extract(text)
    .claims.filter((c) => c.kind === 'figure')
    .map((c) => [c.figures[0]!.value, c.attributedTo, c.reportedBy]);

describe('figures "according to" records no one is named for', () => {
  it('labels figures with the records ("official figures", "government data", "official statistics")', () => {
    expect(figureBy('At least 40 people drowned in Ostra, according to official figures.')).toEqual([[40, null, 'official figures']]);
    expect(figureBy('Some 120 homes were destroyed in Varn, according to government data.')).toEqual([[120, null, 'government data']]);
    expect(figureBy('According to official statistics, 18 people died on the Kelmor roads in May.')).toEqual([[18, null, 'official statistics']]);
  });

  it('keeps records a named or unnamed speaker gives to that speaker', () => {
    expect(figureBy('At least 40 people drowned in Ostra, according to figures from the Varn Health Ministry.')).toEqual([[40, 'Varn Health Ministry', null]]);
    expect(figureBy('At least 40 people drowned in Ostra, according to data from local officials.')).toEqual([[40, null, 'local officials']]);
  });
});

describe('a tally "according to" which is closed by a participle of issuing it', () => {
  it('labels every figure of the sentence with the tally', () => {
    expect(figureBy('The toll in Ostra may pass 500, according to official figures released on Friday showing 210 people still missing.')).toEqual([
      [500, null, 'official figures'],
      [210, null, 'official figures'],
    ]);
    expect(figureBy('Nine people died in Varn, according to the latest count published by the mayor’s office.')).toEqual([[9, null, 'the mayor’s office']]);
  });

  it('gives nothing where no participle closes the tally', () => {
    expect(figureBy('The toll in Ostra may pass 500, according to figures of the kind no one trusts.')).toEqual([[500, null, null]]);
  });
});
