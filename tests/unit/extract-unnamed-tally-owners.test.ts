// "the government's official figure was that 31 people died": a tally owned by a body the text does not name is that body's.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

const figureBy = (text: string, value: number): [string | null, string | null] => {
  const c = extract(text).claims.find((x) => x.kind === 'figure' && x.figures[0]!.value === value)!;
  return [c.attributedTo, c.reportedBy];
};

describe('a tally owned by an unnamed body', () => {
  it('gives the figure the tally "was" to the body owning it', () => {
    expect(figureBy('Until Friday, the government’s official figure was that 31 people died in Ostra.', 31)).toEqual([null, 'the government']);
    expect(figureBy('The ministry’s count is 40 dead.', 40)).toEqual([null, 'the ministry']);
  });

  it('gives nothing to an owner that keeps no tally, nor for a noun that is no tally', () => {
    expect(figureBy('The town’s count is 40 dead.', 40)).toEqual([null, null]);
    expect(figureBy('The government’s plan was that 49 families would move.', 49)).toEqual([null, null]);
  });
});

describe('a figure joined by "and" to the one a tally gives', () => {
  /** "value reportedBy" of each figure claim. */
  const reported = (text: string): string[] => extract(text).claims.filter((c) => c.kind === 'figure').map((c) => `${c.figures[0]!.value} ${c.reportedBy}`);
  it('gives "the council\'s official tally was that N drowned and M were missing" both to the council', () => {
    expect(reported("By Friday, the council's official tally was that 14 people drowned and 6 were missing in Kelmor.")).toEqual(['14 the council', '6 the council']);
  });
  it('keeps a joined clause with a subject of its own from the tally', () => {
    expect(reported("The ministry's count was that 31 people died and rescuers found 12 more in Varn.")).toEqual(['31 the ministry', '12 null']);
  });
});

describe('an official tally a report is compared with', () => {
  it('gives "…, compared with the official count of N" to no one, neither the source of the sentence nor the tally\'s words', () => {
    const text = 'According to the aid workers, at least 75 Kelmorians died too, compared with the official count of 52 people given earlier in Varn.';
    expect(figureBy(text, 75)).toEqual([null, 'the aid workers']);
    expect(figureBy(text, 52)).toEqual([null, null]);
    expect(figureBy('According to the Varn Red Cross, at least 60 people were killed, far more than the official toll of 41.', 41)).toEqual([null, null]);
  });

  it('keeps a figure compared with no official tally with the source', () => {
    expect(figureBy('According to the Varn Red Cross, at least 60 people were killed, compared to 41 last year.', 41)).toEqual(['Varn Red Cross', null]);
  });
});

describe('a tally issued by a body the text does not name', () => {
  it('gives "The toll issued … by the civil defence office, …, was N" to the office, in its words', () => {
    const text = 'The official tally released on Friday by the civil defence office, based in the capital Varn, was 372 deaths across the country, while Tomas Lind told Radio Kelmor that 522 or more people were killed.';
    expect(figureBy(text, 372)).toEqual([null, 'the civil defence office']);
    expect(figureBy(text, 522)).toEqual(['Tomas Lind', null]);
  });

  it('gives no one a toll "given by" what is no speaker', () => {
    expect(figureBy('The toll given by the storm was 372 deaths.', 372)).toEqual([null, null]);
  });
});
