// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { figures, figureReporters } from './extract-helpers';
import { extract } from '../../src/extract';

describe('reporting forms that name their reporter in a described way', () => {
  it('closes a tag whose verb is followed by what it was said in ("said in a statement")', () => {
    expect(figureReporters('The first count issued by the coast guard was cut by 17 once the ferry manifest was checked, the port authority said in a statement.')).toEqual(['the port authority']);
    expect(figureReporters('Nine crew members were rescued, the navy said in a short press release.')).toEqual(['the navy']);
    // Counter-example: what the verb reports after "in" keeps the tag open, so it closes nothing.
    expect(figureReporters('Nine crew members were rescued, the navy said in a town where 40 boats sank.')).not.toContain('the navy');
  });

  it('closes such a tag past where the text was put out ("in a statement put on its website")', () => {
    expect(figureReporters('Ferries were halted and about 600 tourists were taken off the island, the county government said in a statement put on its website.')).toEqual(['the county government']);
    expect(figureReporters('Some 75 stalls burned down, the fire service said in a release published on its page, before the rain came.')).toEqual(['the fire service']);
    // Counter-example: words the verb reports after the place keep the tag open, so it closes nothing.
    expect(figureReporters('Ferries were halted, the county government said in a statement posted on Friday that 600 tourists had left.')).not.toContain('the county government');
  });

  it('reads a title set after its office ("prosecutor general") as the closing speaker', () => {
    expect(figureReporters('A rocket strike on the port damaged 31 warehouses, Chile\'s attorney general said.')).toEqual(["Chile's attorney general"]);
    expect(figureReporters('Four guards were hurt, the prosecutor general said on Monday.')).toEqual(['the prosecutor general']);
    // Counter-example: "general" as an adjective names no speaker.
    expect(figureReporters('In general, 31 warehouses were damaged across the port.')).toEqual([null]);
  });

  it('credits the body that released a text "according to" names, not the text', () => {
    expect(figureReporters('According to a statement issued by the coast guard late on Sunday, 12 fishermen were pulled from the water.')).toEqual(['the coast guard']);
    // Counter-example: with no "by", the text still stands for whoever issued it.
    expect(figureReporters('According to a statement released late on Sunday, 12 fishermen were pulled from the water.')).toEqual(['a statement']);
  });

  it('reads "It said" after such a sentence as the body the "according to" named', () => {
    const text = 'According to a statement released by the coast guard on Sunday, 12 fishermen were rescued.\n\nIt said four boats had capsized in the storm.';
    expect(figureReporters(text)).toEqual(['the coast guard', 'the coast guard']);
    // Counter-example: "they" does not agree with a body's noun.
    expect(figureReporters(text.replace('It said', 'They said'))[1]).toBeNull();
  });

  it('lets a country speak past "only", its day and an opening "But"', () => {
    expect(figureReporters('Peru said 40 rebels had died. But Chile only confirmed 14 were killed.')[1]).toBe('Chile');
    expect(figureReporters('Peru on Tuesday claimed its navy sank six smuggling boats near the coast.')).toEqual(['Peru']);
    // Counter-example: a verb that reports nothing leaves the country no speaker.
    expect(figureReporters('Peru on Tuesday buried six miners near the coast.')).toEqual([null]);
  });

  it('reads a spokesman for an armed group, or one giving a toll, as the opening speaker', () => {
    expect(figureReporters('A spokesman for the insurgents said 19 fighters died in the ambush.')).toEqual(['a spokesman for the insurgents']);
    expect(figureReporters('A spokeswoman for the ministry put the death toll at 44 and blamed the storm.')).toEqual(['a spokeswoman for the ministry']);
    // Counter-example: those a spokesman speaks to are no group he speaks for.
    expect(figureReporters('A spokesman for the families of the 44 miners urged calm.')).toEqual([null]);
  });

  it('skips a relative clause set off by commas on the subject, with "which" too and fillers after it', () => {
    expect(figureReporters('Militants, who have held the valley since 2017, had previously said 15 villagers were shot.')).toEqual(['militants']);
    expect(figureReporters("The Chilean coroner's office, which has examined the bodies since May, said 27 were identified.")).toEqual(["the Chilean coroner's office"]);
    // Counter-example: the verb of the clause itself is no report of the subject's.
    expect(figureReporters('Militants, who had shot 15 villagers, fled into the valley.')).toEqual([null]);
  });

  it('reads "was reporting" after an unnamed speaker as its verb', () => {
    expect(figureReporters('Police gave no toll. But regional radio was reporting a total of 23 dead near the border.')).toEqual(['regional radio']);
    expect(figureReporters('Witnesses were saying that 9 cars burned.')).toEqual(['witnesses']);
    // Counter-example: a passive "was reported" gives the subject no voice.
    expect(figureReporters('The blast was reported to have killed 23 near the border.')).toEqual([null]);
  });

  it('reads the unnamed subject of a clause opened by "as" after a comma', () => {
    expect(figureReporters('The picture is confused, as the navy report states that 33 sailors drowned.')).toEqual(['the navy report']);
    expect(figureReporters('Flooding spread on Monday, as the regional governor said 140 homes were lost.')).toEqual(['the regional governor']);
    // Counter-example: a subject whose verb reports nothing is no speaker.
    expect(figureReporters('Flooding spread on Monday, as rescue teams searched for 140 missing.')).toEqual([null]);
  });

  it('gives a count the "according to NAME" past an "including" phrase after it', () => {
    const owners = (text: string) => figures(extract(text)).map((c) => [c.figures[0]!.phrase, c.attributedTo]);
    expect(owners("Teodor Vance concluded search operations on Monday after the landslide near Brask left 17 people dead, including five miners, according to Chile's Mining Minister Tomas Ferro.")).toEqual([
      ['17', 'Tomas Ferro'],
      ['five', 'Tomas Ferro'],
    ]);
    // Counter-example: a phrase of another kind past the count keeps the subject's report.
    expect(owners("Teodor Vance concluded on Monday that the landslide near Brask left 17 people dead, with the road closed, according to Chile's Mining Minister Tomas Ferro.")).toEqual([['17', 'Teodor Vance']]);
  });

  it('gives a part counted "of them" in the next sentence to the unnamed speaker of the whole', () => {
    expect(figureReporters('Thirty passengers were hurt, railway officials said. Eleven of them are in intensive care.')).toEqual(['railway officials', 'railway officials']);
    // Counter-example: a part whose sentence has a speaker of its own keeps that speaker.
    expect(figureReporters('Thirty passengers were hurt, railway officials said. Eleven of them are in intensive care, doctors said.')).toEqual(['railway officials', 'doctors']);
  });

  it('gives a count to the speaker whose tally a noun phrase names ("an initial army estimate of 12")', () => {
    expect(figureReporters('The new total dwarfed an early navy estimate of 14 missing after the ferry sank.')).toEqual(['navy']);
    expect(figureReporters('Rescuers said the toll rose far above a hospital count of 31 dead.')).toEqual(['hospital']);
    // Counter-examples: a tally no one is named for, and one a possessive says is someone else's.
    expect(figureReporters('Reporters saw far more bodies than the official count of 31 dead.')).toEqual([null]);
    expect(figureReporters('The navy figure is double the brokers estimate of 31 lost.')).toEqual([null]);
    expect(figureReporters('Teodor Vance said his office\'s figure of 31 dead was right.')).not.toContain('office');
  });

  it('reads the opening subject past an adverb set off by a comma, for a participle that reports later', () => {
    expect(figureReporters('Meanwhile, the coast guard defended its first count of 22 rescued, saying each was checked by name.')).toEqual(['the coast guard']);
    // Counter-example: with no participle of telling, the subject's own verb reports nothing.
    expect(figureReporters('However, the coast guard has stood down after 22 were rescued.')).toEqual([null]);
  });
});
