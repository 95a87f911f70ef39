// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

/** Kind, named source, unnamed reporter and text of each claim of `text`. */
const claims = (text: string): [string, string | null, string | null, string][] =>
  extract(text).claims.map((c) => [c.kind, c.attributedTo, c.reportedBy, c.text]);

/** The unnamed reporter of each figure claim of `text`, by the figure's value. */
const figureReporters = (text: string): [number, string | null][] =>
  extract(text)
    .claims.filter((c) => c.kind === 'figure')
    .map((c) => [c.figures[0]!.value, c.reportedBy]);

describe('who reports a claim without being named (reportedBy)', () => {
  it('reads the subject after a dateline that opens the line, not from the dateline on', () => {
    expect(figureReporters('Melbourne: A Kelmor government official has told the United Nations more than 2,000 people were buried alive.')).toEqual([
      [2000, 'a Kelmor government official'],
    ]);
    expect(figureReporters('OSTRA (Kelmor Times) - A government official told reporters 40 people were killed.')).toEqual([[40, 'a government official']]);
  });

  it('labels a sentence that opens with an unnamed speaker, in its own words, trimmed to the speaker', () => {
    for (const [sentence, label] of [
      ['Authorities said at least 50 people died in the floods.', 'authorities'],
      ['Some news organisations reported that as many as 52 people were killed.', 'some news organisations'],
      ['A Kelmor County official said four people had died.', 'a Kelmor County official'],
      ['The regional weather office said the river rose two metres.', 'the regional weather office'],
      ['But officials have also said that 20 people were killed in the attack.', 'officials'],
      ['The military said nine soldiers were killed.', 'the military'],
    ] as const) {
      const found = claims(sentence);
      expect(found.length, sentence).toBeGreaterThan(0);
      for (const [, by, rep] of found) expect([by, rep], sentence).toEqual([null, label]);
    }
  });

  it('labels the subject of "were quoted as saying", passive though its verb is', () => {
    expect(figureReporters('Senior navy officials were quoted Tuesday as saying that the cyclone killed more than 300 people.')).toEqual([[300, 'Senior navy officials']]);
    // Quoted in a report, not as saying anything: they report nothing.
    expect(figureReporters('Senior army officials were quoted in a report on 300 schools.')).toEqual([[300, null]]);
    // Active, the subject passes on what another says: it is not the one who says it.
    expect(figureReporters('State radio quoted a ministry statement as saying 300 people had died.')).toEqual([[300, null]]);
  });

  it('reads a passive "was quoted as saying" closing the sentence after a comma as a tag of its unnamed subject', () => {
    expect(figureReporters('About 7,000 dockers stayed off work at the harbour of Tarsa, port police were quoted as saying.')).toEqual([[7000, 'port police']]);
    expect(figureReporters('Some 7,000 dockers stayed off work, the harbour police was quoted as saying.')).toEqual([[7000, 'the harbour police']]);
    // Quoted, but not as saying anything: no tag.
    expect(figureReporters('About 7,000 dockers stayed off work at the harbour of Tarsa, port police were quoted in the report.')).toEqual([[7000, null]]);
  });

  it('gives a count to a plural speaker opening the sentence, past a long "of" phrase with a name in it', () => {
    expect(figureReporters("Organisers of Saturday's rally against the state visit of Premier Ivo Dask claimed that as many as 70,000 people took part.")).toEqual([[70000, 'organisers']]);
    // A count inside the phrase may be what the verb belongs to: no subject is read.
    expect(figureReporters('Organisers of 40 rallies across the north claimed success.')).toEqual([[40, null]]);
    // A passive verb reports nothing of the subject.
    expect(figureReporters('Organisers of the rally against the state visit were told that 70,000 people took part.')).toEqual([[70000, null]]);
  });

  it('reads the subject past an opening phrase of what the count is for, and a date set off after it', () => {
    expect(figureReporters('For the harvest fair, the city police reported that 8,000 people came.')).toEqual([[8000, 'the city police']]);
    expect(figureReporters('Similarly, for the harvest fair, June 4, the city police reported that 8,000 people came.')).toEqual([[8000, 'the city police']]);
    // Those the phrase is for report nothing.
    expect(figureReporters('For the city police, the 8,000 people who came were a record.')).toEqual([[8000, null]]);
  });

  it('reads no report of the opening noun in a passive participle ending a list after "was"', () => {
    expect(claims('The police raid was brutal, planned, and announced days ahead.')).toEqual([]);
    // An active verb joined by "and" still reports for the subject.
    expect(claims('The police were at the bridge and said 5 people drowned.').map(([, , rep]) => rep)).toContain('the police');
  });

  it('reads a placed speaker whose verb gives a toll ("Officials in X placed the toll at N")', () => {
    expect(figureReporters('Officials in Dorva placed the death toll at 31 after the cyclone came ashore.')).toEqual([[31, 'officials in Dorva']]);
    // A verb that gives no toll reports nothing.
    expect(figureReporters('Officials in Dorva placed sandbags along 31 streets.')).toEqual([[31, null]]);
  });

  it('reads a placed speaker past a relative clause set off by commas on the place', () => {
    expect(figureReporters('Rescue officials in Dorva, which took the worst of the gale, said 48 people died.')).toEqual([[48, 'Rescue officials in Dorva']]);
    // An unclosed clause holds the verb: no speaker is read.
    expect(figureReporters('Rescue officials in Dorva, which took the worst of the gale said 48 people died.')).toEqual([[48, null]]);
  });

  it('reads a placed speaker whose verb raises a toll, past a dateline opening the line', () => {
    expect(figureReporters('DORVA, Kelmor – Rescue officials in Kelmor raised the toll of the blaze to 57 on Sunday.')).toEqual([[57, 'Rescue officials in Kelmor']]);
  });

  it('gives a tally to the unnamed subject, not to the body its describing clause acts on', () => {
    for (const [sentence, label] of [
      ['The hill rebels battling the Kelmor army have put the figure at some 60.', 'the hill rebels'],
      ['Rebels battling the Ostra army said 60 of their men had died.', 'rebels'],
    ] as const) {
      for (const c of extract(sentence).claims) expect([c.attributedTo, c.reportedBy], sentence).toEqual([null, label]);
    }
    // A name with no article after the "-ing" word is the name's own adjective, and the subject.
    expect(extract('The ruling Kelmor Party said 60 seats were won.').claims.map((c) => c.attributedTo)).toEqual(['Kelmor Party', 'Kelmor Party']);
  });

  it('labels figures reported "according to" or by a verb closing the sentence', () => {
    expect(figureReporters('At least 30 people were killed in the blast, according to local officials.')).toEqual([[30, 'local officials']]);
    expect(figureReporters('Thirty people were killed in the blast, police said.')).toEqual([[30, 'police']]);
    expect(figureReporters('Thirty people were killed in the blast, police said on Friday.')).toEqual([[30, 'police']]);
    expect(figureReporters('Thirty people were killed in the blast, said officials.')).toEqual([[30, 'officials']]);
    // A word of the day after the verb closes it as "on Friday" does.
    expect(figureReporters('Clashes in the Varn hills have left more than 35 people dead, a police officer said yesterday.')).toEqual([[35, 'a police officer']]);
    expect(figureReporters('Thirty people were killed as relatives and police said yesterday.')).toEqual([[30, null]]);
    // So does a weekday with no "on"; a weekday followed by what the verb reports does not close it.
    expect(figureReporters('At least 40 herders were killed in raids on Varn, the police said Monday.')).toEqual([[40, 'the police']]);
    expect(figureReporters('At least 40 herders were killed in raids on Varn, the police said Monday that 12 were missing.')).toEqual([
      [40, null],
      [12, null],
    ]);
    // Media no one names report as police do; media a report is posted on are no speaker.
    expect(figureReporters('A shell struck a market in Varn, killing 12 people, opposition media reported.')).toEqual([[12, 'opposition media']]);
    expect(figureReporters('The clip of the 12 people was shared on social media.')).toEqual([[12, null]]);
    // No comma: the closing subject may be part of a longer one, not the reporter.
    expect(figureReporters('Thirty people were killed as relatives and police said.')).toEqual([[30, null]]);
  });

  it('reads "according to it" as the unnamed body the sentence names before it', () => {
    expect(figureReporters('Data from the transport ministry disagreed with her: according to it, only 8,100 homes were cut off.')).toEqual([[8100, 'the transport ministry']]);
    // No body before "it": no one is read.
    expect(figureReporters('Her figure was disputed: according to it, only 8,100 homes were cut off.')).toEqual([[8100, null]]);
  });

  it('labels figures "according to" a tally no one is named for with the tally', () => {
    expect(figureReporters('According to the official tally, 16 people were killed in Ostra.')).toEqual([[16, 'the official tally']]);
    expect(figureReporters('At least 9 people died in Varn, according to the final count.')).toEqual([[9, 'the final count']]);
    // A tally is no speaker outside "according to".
    expect(figureReporters('The official tally rose to 16 in Ostra.')).toEqual([[16, null]]);
    // Its clause before a "but" that a named source reports is the tally's; the rest is the source's.
    const r = extract('According to the official tally, 16 people were killed in Ostra, but Kelmor Watch said on Thursday that there were 23 dead.');
    expect(r.claims.filter((c) => c.kind === 'figure').map((c) => [c.figures[0]!.value, c.attributedTo, c.reportedBy])).toEqual([
      [16, null, 'the official tally'],
      [23, 'Kelmor Watch', null],
    ]);
  });

  it('labels a quote reported right after it, and a quote inside a sentence an unnamed speaker opens', () => {
    expect(claims('“We found 12 bodies,” the coalition said.')).toEqual([
      ['quote', null, 'the coalition', 'We found 12 bodies'],
      ['figure', null, 'the coalition', '12 bodies'],
    ]);
    expect(claims('Residents were told the plan was “dead on arrival” on Monday.')).toEqual([['quote', null, null, 'dead on arrival']]);
    expect(claims('Officials said the plan was “dead on arrival” on Monday.')).toEqual([['quote', null, 'officials', 'dead on arrival']]);
  });

  it('gives the unnamed first clause its label and leaves the named second clause to its source', () => {
    expect(claims('Police said 30 people were killed, while the Red Cross put the toll at 55.')).toEqual([
      ['statement', null, 'police', 'Police said 30 people were killed'],
      ['figure', null, 'police', '30 people were killed'],
      ['statement', 'Red Cross', null, 'the Red Cross put the toll at 55.'],
      ['figure', 'Red Cross', null, '55'],
    ]);
  });

  it('stops an unnamed speaker’s report at a coordinated clause with a report of its own', () => {
    expect(figureReporters('Police said 30 people were killed, while medics put the toll at 55.')).toEqual([
      [30, 'police'],
      [55, 'medics'],
    ]);
  });

  it('labels nothing where no one speaks, where the speaker is passive, or where a named source reports', () => {
    expect(claims('The four constituencies recorded 40 deaths in the storm.').map((c) => c[2])).toEqual([null]);
    expect(claims('The company was told that 30 people had died.').map((c) => c[2])).toEqual([null]);
    expect(claims('Residents were told that 12 homes had burned.').map((c) => c[2])).toEqual([null]);
    // A speaker's noun inside another phrase is no subject; one opening a clause after "though" is.
    expect(claims('Despite beating analyst estimates, shares of Brask Foods fell 5% on Friday.').map((c) => c[2])).toEqual([null]);
    expect(figureReporters('Though researchers concluded that prices rose 12%, they said more study was needed.')).toEqual([[12, 'researchers']]);
    expect(claims('At least 30 people were killed, according to the Red Cross.').map((c) => c.slice(1, 3))).toEqual([
      ['Red Cross', null],
      ['Red Cross', null],
    ]);
    expect(claims('“We found 12 bodies,” said Ana Ruiz.').map((c) => c.slice(1, 3))).toEqual([
      ['Ana Ruiz', null],
      ['Ana Ruiz', null],
    ]);
  });

  it('keeps a named source of a sentence as it was', () => {
    const text = 'The Acme Group hired 30 people. The company said 20 more would follow.';
    expect(claims(text).filter((c) => c[0] === 'statement')).toEqual([['statement', 'Acme Group', null, 'The company said 20 more would follow.']]);
  });
});

describe('"the military regime said … The announcement said … it said": an unnamed state and what it issued', () => {
  const regime = 'The military regime said on state television that the Kelmor Watch count of 700 deaths was inflated. ';

  it('gives the figures after "The announcement said" and a closing ", it said" to the regime', () => {
    const text = `${regime}The announcement said 61 people had been killed.\n\nMost died during clearing operations, the announcement added. Another 11 died in fights between protesters, it said.`;
    expect(figureReporters(text)).toEqual([[700, null], [61, 'the military regime'], [11, 'the military regime']]);
  });

  it('leaves "The announcement said" to no one where no unnamed speaker came before', () => {
    const text = 'Floods hit Varn on Monday. The announcement said 61 people had been killed.';
    expect(figureReporters(text)).toEqual([[61, null]]);
  });
});

describe('groups described, not named, report their own counts', () => {
  it('gives "the opposition says" and "independent sources suggest" their own clauses', () => {
    const text = 'The opposition says some 600 people died in the unrest, whereas independent sources suggest the toll may be at least 450.';
    expect(figureReporters(text)).toEqual([
      [600, 'the opposition'],
      [450, 'independent sources'],
    ]);
  });

  it('gives "Data from three Kelmor Bank sources suggest" to the sources, a count and a name before the noun', () => {
    const text = 'Data from three Kelmor Bank sources suggest that at least 31 civilians died, whereas rebel groups put the toll at 39.';
    const found = figureReporters(text);
    expect(found).toContainEqual([31, 'three Kelmor Bank sources']);
    expect(found).toContainEqual([39, 'rebel groups']);
    // Without the count, the named bank is the source, as before.
    expect(extract('Kelmor Bank officials said 40 people died.').claims.find((c) => c.kind === 'figure')!.attributedTo).toBe('Kelmor Bank');
    // "the UN estimate of 670" is a noun: nobody reports the sentence.
    expect(figureReporters('The government figure is triple the analysts estimate of 670 dead.').every(([, by]) => by === null)).toBe(true);
  });

  it('joins "security and hospital officials" closing a sentence into one reporter', () => {
    expect(figureReporters('A bomb killed 26 people in Ostra on Monday, security and hospital officials said.')).toEqual([[26, 'security and hospital officials']]);
    // No comma sets the phrase off: no reporter closes the sentence.
    expect(figureReporters('The bomb destroyed two shops and hospital officials said nothing.')).toEqual([[2, null]]);
  });

  it('skips a participle clause on the speaker ("speaking on condition of anonymity")', () => {
    const text = 'In Varn, army sources speaking on condition of anonymity said soldiers shot dead three gunmen.';
    expect(figureReporters(text)).toEqual([[3, 'army sources']]);
    // "including" opens no such clause: "the mayor" stands between.
    expect(figureReporters('Officials including the mayor said 20 people died.')).toEqual([[20, null]]);
  });
});

describe('a short form of a longer name before another body’s noun', () => {
  it('gives "Ostra administration has lowered the toll" to the administration, not to "Ostra Medical College" named later', () => {
    const text = 'Ostra administration has lowered its tally of deaths from the depot blaze from 52 to 44. Ostra Medical College director Ana Ruiz said 44 bodies were recovered.';
    const r = extract(text);
    const found = r.claims.filter((c) => c.kind === 'figure').map((c) => [c.figures[0]!.value, c.attributedTo, c.reportedBy]);
    expect(found.slice(0, 2)).toEqual([
      [52, null, 'Ostra administration'],
      [44, null, 'Ostra administration'],
    ]);
  });

  it('keeps a noun of the longer name to it', () => {
    const text = 'Ostra Medical College said it was full. The Ostra college put the toll at 41.';
    expect(figureReporters(text)).toEqual([[41, null]]);
  });
});

describe('a sentence an unnamed source reports at its end is a statement of theirs', () => {
  const statements = (text: string) => extract(text).claims.filter((c) => c.kind === 'statement').map((c) => [c.text, c.reportedBy]);

  it('keeps "…, district officials confirmed." with no figure in it', () => {
    const text = 'Troops took back the Kelmor valley from the rebels late on Friday, district officials confirmed.';
    expect(statements(text)).toEqual([[text, 'district officials']]);
  });

  it('keeps "…, according to the port authority."', () => {
    const text = 'The ferry to Ostra was held in harbour because of the storm, according to the port authority.';
    expect(statements(text)).toEqual([[text, 'the port authority']]);
  });

  it('makes no statement of a sentence nobody reports', () => {
    expect(statements('Troops took back the Kelmor valley from the rebels late on Friday.')).toEqual([]);
  });

  it('makes no statement of the terms unnamed sources spoke on', () => {
    const text = 'Two senior officials said the camp was hit at noon. They spoke on condition of anonymity, as the count is not final.';
    expect(statements(text).map(([, by]) => by)).toEqual(['two senior officials']);
  });
  it('takes a hospital, critics or supporters as the unnamed speaker of a reporting verb', () => {
    expect(figureReporters('The hospital said three people were killed in the shelling.')).toEqual([[3, 'the hospital']]);
    expect(figureReporters('A local hospital also told reporters that two people died overnight.')).toEqual([[2, 'a local hospital']]);
    expect(figureReporters("Varn's supporters say he won 58 percent of the vote.")).toEqual([[58, "Varn's supporters"]]);
    expect(figureReporters('Critics say the dam cost 40 million dollars.')).toEqual([[40000000, 'critics']]);
    // A hospital only receiving the wounded reports nothing.
    expect(figureReporters('Four people were taken to the hospital.')).toEqual([[4, null]]);
  });
  it('reads the subject after a time or place phrase set off by a comma', () => {
    expect(figureReporters('Late Monday, local news outlets said at least six people were killed in the raid.')).toEqual([[6, 'local news outlets']]);
    expect(figureReporters('On Tuesday, regional health officials said 14 people were treated for burns.')).toEqual([[14, 'regional health officials']]);
    // A phrase of place with no speaker after it reports nothing.
    expect(figureReporters('On the road to Varn, 12 people were killed when a bus overturned.')).toEqual([[12, null]]);
  });
});

describe('a phrase a past participle opens between a subject and its verb', () => {
  const sources = (text: string): [string, string | null, string | null][] => extract(text).claims.map((c) => [c.kind, c.attributedTo, c.reportedBy]);

  it('describes the unnamed subject before it, whose words report the sentence, not the person it names', () => {
    expect(sources('The state news agency in Varn, aligned with the government of President Ana Ruiz, said a depot was hit.')).toEqual([['statement', null, 'the state news agency in Varn']]);
    expect(sources('Police in Varn, backed by soldiers, said 40 people died.')).toEqual([
      ['statement', null, 'police in Varn'],
      ['figure', null, 'police in Varn'],
    ]);
  });

  it('describes a named subject before it, not the body it names', () => {
    expect(sources('The Ostra Times, owned by Kelmor Media, said 40 people died.')).toEqual([
      ['statement', 'Ostra Times', null],
      ['figure', 'Ostra Times', null],
    ]);
  });

  it('keeps a named person before it the speaker, as before', () => {
    expect(sources('Ana Ruiz, accused of fraud by Kelmor Bank, said 40 people lost money.')).toEqual([
      ['statement', 'Ana Ruiz', null],
      ['figure', 'Ana Ruiz', null],
    ]);
  });
});

describe('a day among the fillers of an unnamed subject\'s verb', () => {
  it('reads "Authorities had Saturday put the toll at 26" as the authorities\' count', () => {
    expect(figureReporters('Authorities had Saturday put the death toll at 26 with 35 listed as missing.')).toEqual([
      [26, 'authorities'],
      [35, 'authorities'],
    ]);
  });

  it('leaves a day that opens no verb of the subject as it was', () => {
    expect(figureReporters('Authorities had Thursday to count the dead, and 15 bodies were found.')).toEqual([[15, null]]);
  });
});

describe('"report" and "claim" after a plural speaker\'s noun', () => {
  it('are that speaker\'s verbs ("Other sources report 36 deaths", "Officials claim that 18 were killed")', () => {
    expect(figureReporters('Other sources report between 30 and 36 deaths.')).toEqual([[30, 'other sources']]);
    expect(figureReporters('Officials claim that 18 fighters were killed in Varn.')).toEqual([[18, 'officials']]);
  });

  it('are nouns after any other word ("the company\'s sales report showed …")', () => {
    expect(figureReporters('The Kelmor sales report showed 40 new stores.')).toEqual([[40, null]]);
  });
});

describe('an unnamed speaker closing a sentence with "told" and whom they told', () => {
  it('reports the sentence ("…, two police sources told the Kelmor Times.", "…, officials told reporters on Monday.")', () => {
    expect(figureReporters('Some 45 bodies were brought to the mortuary, two police sources told the Kelmor Times.')).toEqual([[45, 'two police sources']]);
    expect(figureReporters('Some 45 bodies were brought to the mortuary, officials told reporters on Monday.')).toEqual([[45, 'officials']]);
  });

  it('reports nothing before it where what they told follows', () => {
    expect(figureReporters('Nearly 40 bodies were taken to the morgue, officials told reporters the toll would rise.')).toEqual([[40, null]]);
  });
});

describe('a time phrase ending in "ago" before an unnamed subject', () => {
  it('is no word of the subject, with or without its comma', () => {
    expect(figureReporters('Two days ago, village officials said floodwater had swept away 85 homes.')).toEqual([[85, 'village officials']]);
    expect(figureReporters('Just a week ago health officials said 30 had died in the outbreak.')).toEqual([[30, 'health officials']]);
  });

  it('leaves a sentence whose speaker closes it as it was', () => {
    expect(figureReporters('Decades ago, the mill employed 600 people, officials said.')).toEqual([[600, 'officials']]);
  });
});

describe('an unnamed subject that issued a text in a clause of time opening the sentence', () => {
  it('reports the count told after the clause', () => {
    expect(figureReporters('By the time the provincial authorities issued their statement on Friday, only two climbers were still missing.')).toEqual([[2, 'the provincial authorities']]);
    expect(figureReporters('And once the port authority published its figures, 17 ships were listed as stranded.')).toEqual([[17, 'the port authority']]);
    expect(figureReporters('When the health ministry released its latest update, the number of cases stood at 310.')).toEqual([[310, 'the health ministry']]);
  });

  it('gives no count told before theirs, nor one the sentence\'s own speaker tells', () => {
    expect(figureReporters('Before the health ministry released its latest update, the number of cases stood at 310.')).toEqual([[310, null]]);
    expect(figureReporters('When the health ministry released its latest update, the number of cases stood at 310, doctors said.')).toEqual([[310, 'doctors']]);
  });
});

describe('"according to" with nothing after it', () => {
  it('names no one and does not throw where a cut text ends on it', () => {
    const r = extract('At least 40 reporters are in jail for their work, as "rulers jail the press to silence it," according to');
    expect(r.claims.find((c) => c.kind === 'figure')?.attributedTo ?? null).toBeNull();
  });
});
