// Unnamed speakers whose words the subject's reach missed: an adverb before the verb, a time phrase before the tally, a
// relative clause after "according to", a place's region in brackets; and "the <kind of> body" standing for a named body.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

/** "value attributedTo reportedBy" of each figure claim, "-" for none. */
const figureSources = (text: string): string[] =>
  extract(text)
    .claims.filter((c) => c.kind === 'figure')
    .map((c) => `${c.figures[0]!.value} ${c.attributedTo ?? '-'} ${c.reportedBy ?? '-'}`);

/** "attributedTo reportedBy" of each quote. */
const quoteSources = (text: string): string[] =>
  extract(text)
    .claims.filter((c) => c.kind === 'quote')
    .map((c) => `${c.attributedTo ?? '-'} ${c.reportedBy ?? '-'}`);

describe('an adverb of contrast between the auxiliary and the verb', () => {
  it('keeps the subject before "however" with no commas', () => {
    expect(figureSources('Other relief sources have however said up to 900 people were hurt in Ostra.')).toEqual(['900 - other relief sources']);
    expect(figureSources('Varn officials meanwhile said 14 bodies were found.')).toEqual(['14 - Varn officials']);
  });

  it('gives nothing to a subject whose verb reports nothing', () => {
    expect(figureSources('Relief teams meanwhile pulled 14 bodies from the river.')).toEqual(['14 - -']);
  });
});

describe('a revised tally after a time phrase', () => {
  it('gives "raised on Sunday to 31 the number of dead" to the subject', () => {
    expect(figureSources('The Kelmorese authorities raised on Monday to 17 the number of dead from the storm.')).toEqual(['17 - the Kelmorese authorities']);
    expect(figureSources('Brask police raised late Friday to 12 the toll of the blast.')).toEqual(['12 - Brask police']);
  });

  it('gives nothing where what was raised is no tally', () => {
    expect(figureSources('The Kelmorese authorities raised on Sunday to 31 the flags along the coast.')).toEqual(['31 - -']);
  });

  it('gives "the figure previously revealed by" a count to whoever revealed it', () => {
    expect(figureSources('The figure previously revealed by the Kelmorese authorities was 9 dead.')).toEqual(['9 - the Kelmorese authorities']);
    expect(figureSources('The figure previously revealed by the flood was 9 dead.')).toEqual(['9 - -']);
  });
});

describe('a relative clause closing "according to"', () => {
  it('gives the count to the speaker before "who"', () => {
    expect(figureSources('According to a farmer who fled the valley, the raiders shot 8 people.')).toEqual(['8 - a farmer']);
  });

  it('gives nothing where the noun before "who" is no speaker', () => {
    expect(figureSources('According to the man who led the raid, 8 people were shot.')).toEqual(['8 - -']);
  });
});

describe('places with their regions in brackets', () => {
  it('reads "sources in Ostra (Varn) and Kelmor (Brask) report" as one placed speaker', () => {
    expect(figureSources('Local sources in Ostra (Varn) and Kelmor (Brask) report that about 600 civilians died.')).toEqual([
      '600 - Local sources in Ostra (Varn) and Kelmor (Brask)',
    ]);
    expect(figureSources('Officials in Ostra (Varn) said 40 houses burned.')).toEqual(['40 - officials in Ostra (Varn)']);
  });

  it('does not join a person named after "and" to the place', () => {
    expect(figureSources('Sources in Ostra and Lina Varn report that 40 houses burned.')).not.toContain('40 - Sources in Ostra and Lina Varn');
  });
});

describe('"the state-funded body" after a named body that spoke', () => {
  const named = 'The Varn Commission for Prisoners reported on Friday that 52 inmates had died in Ostra jails.';

  it('gives the quote to the named body', () => {
    expect(quoteSources(`${named} “Our own records list 52 deaths,” the state-funded body said.`)).toEqual(['Varn Commission for Prisoners -']);
    expect(quoteSources(`${named} “The jails are full,” the independent body said.`)).toEqual(['Varn Commission for Prisoners -']);
  });

  it('leaves "the trade body" to its own words: a kind of body that may be another', () => {
    expect(quoteSources(`${named} “The jails are full,” the trade body said.`)).toEqual(['- the trade body']);
  });
});

describe('a toll issued on a day by someone unnamed', () => {
  it('gives the count to whoever issued it, past the day before "by"', () => {
    expect(figureSources('The official tally released on Friday by the civil defence office was 58 deaths across Ostra.')).toEqual(['58 - the civil defence office']);
    expect(figureSources('The death toll issued Friday by local officials was 37.')).toEqual(['37 - local officials']);
  });

  it('gives nothing where no speaker issued it', () => {
    expect(figureSources('The death toll issued on Monday by mistake was 58.')).toEqual(['58 - -']);
  });
});

describe('a capital or country standing for its government', () => {
  // The rule reads only names the lexicon knows as places, so a real capital stands here.
  it('gives what "Lisbon said" or "according to Varn" (a town the text placed) tells to that place', () => {
    expect(figureSources('Lisbon said 12 of its sailors died in the storm.')).toEqual(['12 - Lisbon']);
    expect(figureSources('Shells fell on the town of Varn on Monday. Some 3,000 people fled to the coast by Friday, according to Varn.')).toEqual(['3000 - Varn']);
  });

  it('gives nothing where the place only describes the speaker, is told, or reports nothing', () => {
    expect(figureSources('In Lisbon police said 12 sailors died.')).toEqual(['12 Lisbon police -']);
    expect(figureSources('Lisbon was told 12 sailors died.')).toEqual(['12 - -']);
    expect(figureSources('Lisbon continues to mourn the 12 sailors who died.')).toEqual(['12 - -']);
  });
});

describe('a relative clause between the speaker and the closing verb', () => {
  it('gives the count to the speaker before "who", told to the agency', () => {
    expect(figureSources('At least 40 of the dead were from Varn, two Kelmorese envoys who handled the talks told the agency on Tuesday.')[0]).toBe('40 - two Kelmorese envoys');
  });

  it('gives nothing where the noun before "who" is no speaker', () => {
    expect(figureSources('At least 40 people died, the man who led the raid told the agency.')).toEqual(['40 - -']);
  });
});
