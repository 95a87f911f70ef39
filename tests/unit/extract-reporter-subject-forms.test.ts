// Subjects of reporting that sit apart from their verb: a passive "X was quoted by Y as saying", "X of Ostra state told",
// "some witnesses and sources", "officials in their statements said", an opening participle's clause, "X …, but said",
// and "the group" for a body named as an outlet the sentence before.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { byKind, claimRows } from './extract-source-helpers';

const figureReporters = (text: string): (string | null)[] => extract(text).claims.filter((c) => c.kind === 'figure').map((c) => c.attributedTo ?? c.reportedBy);

describe('a closing "X was quoted by Y as saying" gives the sentence to X', () => {
  it('gives the figures to the governor quoted, not the agency that quotes him', () => {
    const text = 'The toll from the floods rose to 102 from the earlier reported 61, Governor Tomas Varn was quoted by the Kelmor News Agency as saying.';
    expect(byKind(extract(text), 'figure')).toEqual(['Tomas Varn', 'Tomas Varn']);
  });

  it('leaves a sentence to no one where the one quoted is no name', () => {
    const text = 'The toll from the floods rose to 102 from the earlier reported 61, a local official was quoted by the Kelmor News Agency as saying.';
    expect(byKind(extract(text), 'figure')).toEqual([null, null]);
  });
});

describe('"X of Ostra state in northern Kelmor told" is X’s', () => {
  it('reads the speaker past "of", a place with its noun and a place phrase', () => {
    const text = 'Commissioner Tomas Varn of Ostra state in northern Kelmor told Radio Brask early Tuesday that 90 people were rescued.';
    expect(byKind(extract(text), 'figure')).toEqual(['Tomas Varn']);
  });

  it('leaves the person an object of "of" to no one', () => {
    const text = 'The son of Commissioner Tomas Varn of Ostra state in northern Kelmor told Radio Brask that 90 people were rescued.';
    expect(byKind(extract(text), 'figure')).toEqual([null]);
  });
});

describe('unnamed subjects with words between them and the verb', () => {
  it('joins two speakers’ nouns with "and" after an opening adverb', () => {
    const text = 'However, some eyewitnesses and sources disclosed that six persons lost their lives in the attack.';
    expect(figureReporters(text)).toEqual(['some eyewitnesses and sources']);
  });

  it('keeps one speaker where "and" joins a noun that speaks for no one', () => {
    expect(figureReporters('Rescuers and officials said 12 people died.')).toEqual(['officials']);
  });

  it('reads a subject past what it said its words in', () => {
    const text = 'The government officials in their initial statements said that 5 persons had been killed.';
    expect(figureReporters(text)).toEqual(['the government officials']);
  });

  it('reads a subject after a participle’s opening clause, and past its day', () => {
    const text = 'Giving their first count of the dead, officials on Friday said 412 people were killed.';
    expect(figureReporters(text)).toEqual(['officials']);
  });

  it('reads no subject after an opening clause with a report of its own', () => {
    expect(figureReporters('Giving a toll that police reported, rescuers found 12 bodies.')).toEqual([null]);
  });
});

describe('", but said" shares the subject of the clause before', () => {
  it('gives the sentence to the titled person it opens with, whose own verb was left out', () => {
    const rows = claimRows('District chief Tomas Varn also civilian casualties in the raid, but said exact figures were not yet known.');
    expect(rows).toEqual([['statement', 'Tomas Varn', null, null]]);
  });

  it('leaves it to no one after a subject that names no one', () => {
    expect(byKind(extract('Police arrested Tomas Varn in the raid, but said 12 people escaped.'), 'figure')).toEqual([null]);
  });
});

describe('"the group" after a sentence an outlet-named body opens and reports', () => {
  const opening = 'The Varn-based Ostra Rights News Agency said 500 people had been killed.\n\n';

  it('gives the next sentence, after "However,", to that body, and the quote its "it said" closes', () => {
    const text = `${opening}However, the group added it was still checking another 90 deaths.\n\n“At least 2,000 people have been arrested,” it said.`;
    expect(byKind(extract(text), 'figure')).toEqual(['Ostra Rights News Agency', 'Ostra Rights News Agency', 'Ostra Rights News Agency']);
  });

  it('leaves "the group" unnamed where the sentence before was someone else’s', () => {
    const text = `${opening}Police said 30 people had been arrested.\n\nHowever, the group added it was still checking another 90 deaths.`;
    expect(figureReporters(text)).toEqual(['Ostra Rights News Agency', 'police', 'the group']);
  });
});

const statementReporters = (text: string): (string | null)[] => extract(text).claims.filter((c) => c.kind === 'statement').map((c) => c.reportedBy);

describe('an "-ing" word after an article describes the unnamed speaker', () => {
  it('keeps "a fishing ministry official" whole as the reporter', () => {
    const text = 'A fishing ministry official said eleven crew members were detained after the trawler sank off Ostra.';
    expect(figureReporters(text)).toEqual(['a fishing ministry official']);
    expect(statementReporters(text)).toEqual(['a fishing ministry official']);
  });

  it('still reads a participle after the speaker’s own noun as no word of the phrase', () => {
    const text = 'Varn officials speaking on condition of anonymity said eleven crew members were detained.';
    expect(figureReporters(text)).toEqual(['Varn officials']);
  });
});

describe('a clause opening the sentence before an unnamed subject', () => {
  it('finds the subject after "As …,"', () => {
    const text = 'As the clean-up goes on in storm-battered Kelmor, the country’s cabinet has said that the harbour is open again.';
    expect(statementReporters(text)).toEqual(['the country’s cabinet']);
  });

  it('finds the subject after a time phrase', () => {
    const text = 'Earlier on Monday, a police source said four men were held near the Varn border.';
    expect(figureReporters(text)).toEqual(['a police source']);
  });

  it('leaves a clause whose own verb reports to its subject', () => {
    const text = 'As officials said, the storm destroyed 40 homes in Kelmor.';
    expect(figureReporters(text)).toEqual(['officials']);
  });

  it('finds no reporter where the main clause has none', () => {
    const text = 'While the storm raged over Kelmor, rescuers pulled 14 people from the river.';
    expect(figureReporters(text)).toEqual([null]);
  });
});

describe('where an unnamed speaker works is part of their phrase', () => {
  it('reads "a source from Ostra hospital" closing the sentence', () => {
    const text = 'Six people were wounded in a blast north of Varn, a source from Ostra hospital said on Monday.';
    expect(figureReporters(text)).toEqual(['a source from Ostra hospital']);
  });

  it('reads "doctors at the clinic" opening the sentence', () => {
    const text = 'Doctors at the clinic said six people were wounded in the blast.';
    expect(figureReporters(text)).toEqual(['doctors at the clinic']);
    expect(statementReporters(text)).toEqual(['doctors at the clinic']);
  });

  it('reads "a nurse at the clinic" after "according to"', () => {
    const text = 'Six people were wounded in the blast, according to a nurse at the clinic.';
    expect(figureReporters(text)).toEqual(['a nurse at the clinic']);
  });

  it('gives no reporter where the phrase before the place is no speaker', () => {
    const text = 'Six people were wounded in the blast, the number of beds at the clinic said.';
    expect(figureReporters(text)).toEqual([null]);
  });
});

describe('a participle aside set off by commas between the subject and its verb', () => {
  it('gives the figure to an unnamed speaker before the aside', () => {
    expect(figureReporters('Officials, speaking from the harbour, said nine bodies were brought ashore.')).toEqual(['officials']);
    expect(figureReporters('Local officials, speaking on condition of anonymity, said 11 people were missing.')).toEqual(['Local officials']);
  });

  it("gives it to the body whose nouns follow its name (\"the Kelmor news agency, reporting from …\")", () => {
    expect(figureReporters('Varn Radio and the Kelmor news agency, reporting from the harbour, said nine bodies were brought ashore.')).toEqual(['Kelmor']);
  });

  it('gives none where the verb after the aside reports nothing', () => {
    expect(figureReporters('Rescuers, working through the night, found nine bodies.')).toEqual([null]);
  });
});

describe('refuting as a reporting verb', () => {
  it('takes a body that refuted a report as the source of its sentence', () => {
    const claims = extract('The Varn Defence Ministry on Tuesday refuted the Kelmor report of heavy losses at the border.').claims;
    expect(claims.map((c) => c.attributedTo)).toEqual(['Varn Defence Ministry']);
  });
});
