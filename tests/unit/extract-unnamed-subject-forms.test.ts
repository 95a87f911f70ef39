// Unnamed speakers opening a sentence in shapes the plain "Officials said" rule missed: two joined by "and",
// an aside after the noun, a plural "claim that", one source of a named body.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

/** "value attributedTo reportedBy" of each figure claim, "-" for none. */
const figureSources = (text: string): string[] =>
  extract(text)
    .claims.filter((c) => c.kind === 'figure')
    .map((c) => `${c.figures[0]!.value} ${c.attributedTo ?? '-'} ${c.reportedBy ?? '-'}`);

describe('unnamed speakers joined, set off or claiming', () => {
  it('reads two speakers joined by "and" as one subject', () => {
    expect(figureSources('Town police and clinic staff reported 9 dead in Ostra, while the Kelmor army said at least 4 were killed.')).toEqual([
      '9 - Town police and clinic staff',
      '4 Kelmor army -',
    ]);
  });

  it('does not join a clause before "and" to the speaker after it, nor a second speaker placed before its verb', () => {
    expect(figureSources('Police arrived and officials said 17 died in Ostra.')).toEqual(['17 - officials']);
    expect(figureSources('Aid workers and village elders in northern Ostra have reported higher tolls, with estimates reaching 9,000, the army’s spokesman said.')).toEqual(['9000 - the army’s spokesman']);
  });

  it('skips an adverb set off by commas between the speaker and the verb', () => {
    expect(figureSources('Witnesses, however, said 80 passengers were on the ferry.')).toEqual(['80 - witnesses']);
  });

  it('reads a plural "claim that" after a speaker noun as its verb, not the noun "the claim that"', () => {
    expect(figureSources('Witnesses, however, claim that over 90 people were aboard the barge.')).toEqual(['90 - witnesses']);
    expect(figureSources('Varn rejected the claim that 30 died in Ostra.')).toEqual(['30 - -']);
  });
});

describe('a source of a named body', () => {
  it('gives what "a senior X Ministry source" said to that ministry', () => {
    expect(figureSources('A senior Kelmor Defence Ministry source said 20 soldiers had been killed.')).toEqual(['20 Kelmor Defence Ministry -']);
  });

  it('leaves a person’s source alone, and a body’s source that is the object of a preposition', () => {
    expect(figureSources('A source close to Ostap Varn said 20 soldiers had been killed.')[0]).not.toContain('Ostap Varn');
    expect(figureSources('A Kelmor army assessment, passed to reporters by a Varn Interior Ministry source, puts the toll at 100.')).toEqual(['100 - -']);
  });
});

describe('a placed unnamed speaker before an auxiliary', () => {
  it('ends the speaker\'s words at the place, not at the auxiliary before the verb', () => {
    expect(figureSources('The health ministry in Varn has said 31 people died.')).toEqual(['31 - the health ministry in Varn']);
    expect(figureSources('Doctors at the Ostra clinic have said 12 patients died.')).toEqual(['12 - doctors at the Ostra clinic']);
  });

  it('keeps a place with no auxiliary after it as it was', () => {
    expect(figureSources('The health ministry in Varn said 31 people died.')).toEqual(['31 - the health ministry in Varn']);
  });
});

describe('unnamed speakers placed "across" a region, or after a lead and a colon', () => {
  /** reportedBy of each statement claim. */
  const statementReporters = (text: string): (string | null)[] => extract(text).claims.filter((c) => c.kind === 'statement').map((c) => c.reportedBy);

  it('reads "across the region" as where the speakers are, as "in Varn" is', () => {
    expect(figureSources('Doctors across the region said 64 patients had died of the fever.')).toEqual(['64 - doctors across the region']);
  });

  it('reads the subject of the clause after a lead set off by a colon', () => {
    expect(statementReporters('It was a new ploy by the guards: Prison lawyers across the region told reporters that some inmates were moved at night.')).toEqual(['Prison lawyers across the region']);
  });

  it('reads no subject after a colon that opens a name or a count, or in a lead with a pause', () => {
    expect(statementReporters('It was a new ploy: 40 inmates were moved at night.')).toEqual([]);
    expect(statementReporters('In Varn, it was a new ploy: lawyers said that inmates were moved.')).toEqual([]);
  });
});
