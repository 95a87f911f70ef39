// Figures whose owner is not the sentence's reporter: an unnamed "According to …" before "but X said", a place's official figure, "The figures came from X".
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

const figureSources = (text: string): [number, string | null, string | null][] =>
  extract(text)
    .claims.filter((c) => c.kind === 'figure')
    .map((c) => [c.figures[0]!.value, c.attributedTo, c.reportedBy]);

describe('"According to <no one named>, N …, but X said M" gives N no source', () => {
  it('keeps X to the clause after "but"', () => {
    const text = 'According to the official tally, 16 people were killed in the clashes, but Ostra Watch said on Thursday that there were 23 dead.';
    expect(figureSources(text).map(([v, by]) => [v, by])).toEqual([[16, null], [23, 'Ostra Watch']]);
  });

  it('keeps a named "According to X" for the clause before "but"', () => {
    const text = 'According to Kelmor Radio, 16 people were killed in the clashes, but Ostra Watch said on Thursday that there were 23 dead.';
    expect(figureSources(text).map(([v, by]) => [v, by])).toEqual([[16, 'Kelmor Radio'], [23, 'Ostra Watch']]);
  });
});

describe('"<Place>’s official figure of N, reports X": the figure is the place’s, X only reports it', () => {
  it('gives the figure to the words of the official figure, not to the outlet', () => {
    const text = 'The number of dead in the village of Varn is much higher than Varn’s official figure of 400, reports the Ostra Times.';
    expect(extract(text).mentions.find((m) => m.name === 'Varn')?.kind).toBe('place');
    expect(figureSources(text)).toEqual([[400, null, 'Varn’s official figure']]);
  });

  it('gives a named body’s figure of N to that body', () => {
    expect(figureSources('The number is much higher than the Kelmor Army’s figure of 400, the Ostra Times reported.')).toEqual([[400, 'Kelmor Army', null]]);
  });

  it('leaves a figure of a place that is not official to the sentence’s reporter', () => {
    expect(figureSources('The number of dead in the village of Varn is much higher than Varn’s figure of 400, reports the Ostra Times.')).toEqual([[400, 'Ostra Times', null]]);
  });
});

describe('"The figures came from X" names the source of the figures before', () => {
  const first = 'Confirmed deaths across the country rose to 412 on Monday after the storm hit Varn.\n\n';

  it('gives the unsourced figures of the sentence before to X', () => {
    const text = `${first}The figures came from the Kelmor Disaster Council (KDC), which said 1,140 remain missing.`;
    expect(figureSources(text).map(([v, by]) => [v, by])).toEqual([[412, 'Kelmor Disaster Council'], [1140, 'Kelmor Disaster Council']]);
  });

  it('leaves them unsourced where the next sentence names where something else came from', () => {
    const text = `${first}The aid came from the Kelmor Disaster Council (KDC), which said 1,140 remain missing.`;
    expect(figureSources(text)[0]![1]).toBeNull();
  });
});

describe('a document "seen by" an outlet is not the outlet’s report; a figure’s relative clause names its reporter', () => {
  it('gives the figures before "according to a document seen Tuesday by X" to the subject, not to X', () => {
    const text =
      'The national security council has estimated there were probably 150 to 250 people killed in the raid, according to parts of a document seen Tuesday by the Varn Times -- well below the roughly 400 deaths that health officials in Ostra first reported.';
    expect(figureSources(text)).toEqual([
      [150, null, 'the national security council'],
      [400, null, 'health officials'],
    ]);
  });

  it('keeps "according to a report by X" to X', () => {
    expect(figureSources('At least 40 people died, according to a report by the Varn Times.')).toEqual([[40, 'Varn Times', null]]);
  });

  it('leaves a relative clause whose verb reports nothing to the sentence’s reporter', () => {
    expect(figureSources('Police said they arrested 40 people that soldiers had detained.')).toEqual([[40, null, 'police']]);
  });
});

describe('a figure in "X’s claim that …" is the claimant’s, not the denier’s', () => {
  it('gives the figure to the named claimant', () => {
    expect(figureSources('Kelmor has denied the Varn army’s claim that it killed 600 Kelmor troops.')).toEqual([[600, 'Varn army', null]]);
    expect(figureSources('The Kelmor army rejected the Varn Front’s claim of 600 dead.').map(([v, by]) => [v, by])).toEqual([[600, 'Varn Front']]);
  });

  it('gives a place’s claim to the place as its unnamed reporter, not to the words "Varn’s claim"', () => {
    const text = 'Shelling hit the village of Varn overnight. Kelmor denied Varn’s claim that it killed 600 Kelmor troops.';
    expect(extract(text).mentions.find((m) => m.name === 'Varn')?.kind).toBe('place');
    expect(figureSources(text)).toEqual([[600, null, 'Varn']]);
    // A claim no one owns leaves the sentence's source.
    expect(figureSources('The Kelmor army said the claim that 600 died was false.')).toEqual([[600, 'Kelmor army', null]]);
  });
});

describe('a relative clause with no "that" on a figure names its reporter', () => {
  it('gives "the 9,000 homes the government said would qualify" to the government, not the sentence’s source', () => {
    const text = 'The Kelmor Party said only 212 homes had been paid the grant so far, far below the 9,000 homes the government said would qualify.';
    expect(figureSources(text)).toEqual([
      [212, 'Kelmor Party', null],
      [9000, null, 'the government'],
    ]);
  });

  it('leaves "40 bodies the day the army said …" to the sentence’s source', () => {
    expect(figureSources('Ostra Radio found 40 bodies the day the army said the dam broke.')).toEqual([[40, 'Ostra Radio', null]]);
  });
});

describe('a figure in the scene of a speech ("Speaking at …,") is the article’s narrative', () => {
  it('gives the 40 members who called the debate to no one', () => {
    const text = 'Speaking in the chamber during a debate that 40 opposition deputies had asked for, Anton Vell replied to his critics.';
    expect(figureSources(text)).toEqual([[40, null, null]]);
  });

  it('keeps a figure after the comma, and an opening clause of another verb, to the speaker', () => {
    expect(figureSources('Speaking on Monday, Anton Vell said 40 people died.')).toEqual([[40, 'Anton Vell', null]]);
    expect(figureSources('Citing 40 deaths, Anton Vell said the dam failed.')).toEqual([[40, 'Anton Vell', null]]);
  });
});

describe('"…, not N, as asserted by Y" gives N to Y, not to the one who denies it', () => {
  it('gives the denied figure to the body named after "as … by"', () => {
    const text = 'The Ostra police said on Monday that three people died in the riots, not 12, as claimed by the Kelmor Rights Centre.';
    expect(figureSources(text)).toEqual([[3, 'Ostra police', null], [12, 'Kelmor Rights Centre', null]]);
  });

  it('gives it to a body the text does not name, in its own words', () => {
    const text = 'The Ostra police said that three people died, not 12, as asserted by a local rights group.';
    expect(figureSources(text).map(([v, , rep]) => [v, rep])).toEqual([[3, null], [12, 'a local rights group']]);
  });

  it('leaves a figure whose "as" clause names no agent to the speaker', () => {
    const text = 'Kelmor Rail said 40 trains were cancelled, as expected.';
    expect(figureSources(text)).toEqual([[40, 'Kelmor Rail', null]]);
  });
});

describe('"the <Body> count is N": a tally named for its keeper gives the figure with "is" as with "stood at"', () => {
  it('gives N of the main clause to the keeper named before the tally', () => {
    const text = 'While Ostra Health Agency data shows that 42 drownings occurred in 2021, the Kelmor Coast Guard count is 57.';
    expect(figureSources(text).find(([v]) => v === 57)?.[1]).toBe('Kelmor Coast Guard');
    expect(figureSources(text).find(([v]) => v === 42)?.[1]).toBe('Ostra Health Agency');
  });

  it('leaves a tally with no keeper named before it to the sentence’s source', () => {
    const text = 'Ostra Health Agency said on Monday that the final count is 57.';
    expect(figureSources(text)).toEqual([[57, 'Ostra Health Agency', null]]);
  });
});

describe('"<Subject> charged X with N counts": the counts of a charge are the charging subject’s', () => {
  it('gives the counts and the sum they name to unnamed prosecutors', () => {
    const text = 'When the hearing opened on Monday, federal prosecutors indicted Rafe Doman with 14 counts of fraud and three counts of bribery over a loss of 9 million dollars.';
    expect(figureSources(text).map(([v, , by]) => [v, by])).toEqual([[14, 'federal prosecutors'], [3, 'federal prosecutors'], [9000000, 'federal prosecutors']]);
  });

  it('gives them to a named body that charges', () => {
    const text = 'Last week the Ostra Anti-Fraud Office charged the mayor with 6 counts of tax evasion.';
    expect(figureSources(text).find(([v]) => v === 6)?.slice(1)).toEqual(['Ostra Anti-Fraud Office', null]);
  });

  it('leaves a passive charge with no subject to no one', () => {
    expect(figureSources('Rafe Doman was charged with 14 counts of fraud on Monday.')).toEqual([[14, null, null]]);
  });
});

describe('"“…,” X said, as N …, according to reports": the trailing reports own the figure of the "as" clause', () => {
  it('gives the figure to the unnamed reports, not to the speaker of the quote', () => {
    const text = '“We will keep searching through the night,” Lina Sorvik said on Friday, as some 40 fishermen are thought to be missing at sea, according to local reports.';
    expect(figureSources(text)).toEqual([[40, null, 'local reports']]);
  });

  it('leaves the figure of an "as" clause with no reports after it to the speaker', () => {
    const text = '“We will keep searching through the night,” Lina Sorvik said on Friday, as some 40 fishermen are thought to be missing at sea.';
    expect(figureSources(text)).toEqual([[40, 'Lina Sorvik', null]]);
  });
});
