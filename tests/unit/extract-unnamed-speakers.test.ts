// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

/** Kind, speaker and text of each statement claim of `text`. */
const statements = (text: string): [string | null, string][] =>
  extract(text)
    .claims.filter((c) => c.kind === 'statement')
    .map((c) => [c.attributedTo, c.text]);

describe('statements of speakers named only by a role or a group (issue #3)', () => {
  it('keeps a sentence whose subject is a role or a group and whose verb reports, pinned on no one', () => {
    for (const sentence of [
      'Prosecutors said charging documents were not filed.',
      'A police spokeswoman said Monday that the officer survived.',
      'The military said the strike hit a depot.',
      'Activists noted that the square was empty.',
      'Local economists warned that rents would rise.',
      'Residents said the water was brown.',
      'Witnesses said the car was speeding.',
      'Experts say the drug is safe.',
      'But the company said it would cut jobs.',
      'Organisers claimed that the march was the largest in years.',
    ]) {
      expect(statements(sentence), sentence).toEqual([[null, sentence]]);
    }
  });

  it('keeps a retraction by an unnamed speaker beside the claim it retracts', () => {
    const text = 'The Kelmor Courier tweeted that the officer had been killed. A police spokeswoman said Monday that the officer survived.';
    expect(statements(text)).toEqual([
      ['Kelmor Courier', 'The Kelmor Courier tweeted that the officer had been killed.'],
      [null, 'A police spokeswoman said Monday that the officer survived.'],
    ]);
  });

  it('reads auxiliaries and adverbs between the subject and its verb, but not a passive', () => {
    expect(statements('Officials have also said the bridge would reopen.')).toEqual([[null, 'Officials have also said the bridge would reopen.']]);
    expect(statements('The company was told the plant would close.')).toEqual([]);
    expect(statements('Residents were told to boil water.')).toEqual([]);
  });

  it('keeps the first clause of an unnamed speaker beside a named source’s clause', () => {
    expect(statements('Police said 30 people were killed, while the Red Cross put the toll at 55.')).toEqual([
      [null, 'Police said 30 people were killed'],
      ['Red Cross', 'the Red Cross put the toll at 55.'],
    ]);
  });

  it('still gives a role the body it names', () => {
    expect(statements('The Acme Group hired 30 people. The company said 20 more would follow.')).toEqual([['Acme Group', 'The company said 20 more would follow.']]);
  });

  it('makes no claim of a sentence with no reporting verb or no speaker, and leaves pronoun subjects as they were', () => {
    expect(extract('The river rose.').claims).toEqual([]);
    expect(extract('Police closed the road after the flood.').claims).toEqual([]);
    // "He" stands for the person named before; "they" for no one, so no statement.
    expect(statements('Tomas Varga arrived at noon. He said the bridge was closed.')).toEqual([['Tomas Varga', 'He said the bridge was closed.']]);
    expect(statements('Tomas Varga arrived at noon. They said the bridge was closed.')).toEqual([]);
  });
});

describe('a role with a short form in brackets', () => {
  const text = 'While the Ostra Council (OC) said six people had died, the Chief Fire Officer (CFO) said the toll rose to nine. "At least nine deaths were reported at the clinic," the CFO said.';

  it('is a title with no name, not a person named by its last words ("Fire Officer")', () => {
    expect(extract(text).mentions.map((m) => [m.name, m.kind])).toEqual([['Ostra Council', 'organization']]);
    // "Sen" without its full stop after a name is a surname, no title: the name stays.
    expect(extract('Housing Minister Lerato Sen Dube said so.').mentions.map((m) => m.name)).toContain('Lerato Sen Dube');
  });

  it('lets the short form alone report a later quote ("the CFO said")', () => {
    const quote = extract(text).claims.find((c) => c.kind === 'quote')!;
    expect([quote.attributedTo, quote.reportedBy]).toEqual([null, 'the CFO']);
  });
});

describe('an unnamed source set off by a relative clause', () => {
  it('reads "A security source, who spoke on condition of anonymity, said" as that source, and a sentence opening with "Who" as none', () => {
    const r = extract('A security source, who spoke on condition of anonymity, said 40 people died.');
    expect(r.claims.find((c) => c.kind === 'figure')!.reportedBy).toBe('a security source');
    expect(extract('Who said 40 people died?').claims.find((c) => c.kind === 'figure')!.reportedBy).toBeNull();
  });
});

describe('an unnamed source whose words a line break splits', () => {
  it('reads "A⏎security source … said" as "a security source", one space between its words', () => {
    const r = extract('The blast hit the market.\nA\nsecurity source, who spoke on condition of anonymity, said 40 people died.');
    expect(r.claims.find((c) => c.kind === 'figure')!.reportedBy).toBe('a security source');
  });
});

describe('an unnamed speaker after a named one is nobody named (issue #3)', () => {
  const quoteClaims = (text: string): [string | null, string | null][] =>
    extract(text)
      .claims.filter((c) => c.kind === 'quote')
      .map((c) => [c.attributedTo, c.reportedBy]);

  it('gives "…," said a spokesman for the <unnamed body> to that spokesman, not the speaker before', () => {
    const text =
      '"Gunmen came on bikes at dawn," district police spokesman Tomas Elbery told reporters.\n\n' +
      '"At least 40 villagers were killed," said a spokesman for the regional council chairman in Derru, where the village lies.';
    expect(quoteClaims(text)).toEqual([
      ['Tomas Elbery', null],
      [null, 'a spokesman for the regional council chairman'],
    ]);
    const figure = extract(text).claims.find((c) => c.kind === 'figure')!;
    expect([figure.attributedTo, figure.reportedBy]).toEqual([null, 'a spokesman for the regional council chairman']);
  });

  it('gives "…," said a spokesman for <a named body> to that body', () => {
    const text =
      '"Gunmen came on bikes at dawn," district police spokesman Tomas Elbery told reporters.\n\n' +
      '"We are burying them today," said a spokesman for the Derru Regional Council.';
    expect(quoteClaims(text)).toEqual([
      ['Tomas Elbery', null],
      ['Derru Regional Council', null],
    ]);
  });

  it('keeps "…, an official in the provincial government said" from a department named before', () => {
    const text =
      'The Flood Relief Department of the Kelmor government said 40 villages were cut off.\n\n' +
      'As many as 90,000 people have been moved to shelters on higher ground, an official in the provincial government said.';
    const figure = extract(text).claims.find((c) => c.kind === 'figure' && c.text.includes('90,000'))!;
    expect([figure.attributedTo, figure.reportedBy]).toEqual([null, 'an official in the provincial government']);
    // Officials of a body are its voice: "officials at the department" still stand for it.
    const own = extract(text.replace('an official in the provincial government said', 'officials at the department said'));
    expect(own.claims.find((c) => c.kind === 'figure' && c.text.includes('90,000'))!.attributedTo).toBe('Flood Relief Department of the Kelmor government');
  });
});

describe('a headline an unnamed outlet printed (issue #3)', () => {
  it('gives "…," read the headline of a <place> tabloid to that tabloid, not the speaker before', () => {
    const text =
      'A national TV network claimed this morning that more than 300 people had died in Ostra.\n\n' +
      'Mayor Tomas Elbery said the Kelmor Times had counted 250 dead.\n\n' +
      '"This family no longer exists," read the headline of a Ostra tabloid, beside a photo of a designer.';
    const quote = extract(text).claims.find((c) => c.kind === 'quote')!;
    expect([quote.attributedTo, quote.reportedBy]).toEqual([null, 'a Ostra tabloid']);
  });
});

describe('"it said" after a body the text describes but does not name (issue #3)', () => {
  it('gives "…," it said to the unnamed agency opening the sentence before, not the body named earlier', () => {
    const text =
      'The Kelmor Centre for Disease Control (KCDC) has reported a total of 90 deaths from cholera this year.\n\n' +
      'The public health agency said that these span 12 states.\n\n' +
      '"We are witnessing a slight decline in cases," it said.';
    const quote = extract(text).claims.find((c) => c.kind === 'quote')!;
    expect([quote.attributedTo, quote.reportedBy]).toEqual([null, 'the public health agency']);
  });

  it('keeps "it said" on the body a definite noun names ("the centre said")', () => {
    const text =
      'The Kelmor Centre for Disease Control (KCDC) has reported a total of 90 deaths from cholera this year.\n\n' +
      'The centre said that these span 12 states.\n\n' +
      '"We are witnessing a slight decline in cases," it said.';
    expect(extract(text).claims.find((c) => c.kind === 'quote')!.attributedTo).toBe('Kelmor Centre for Disease Control');
  });
});

describe('an unnamed report that goes on past a passive verb (issue #3)', () => {
  it('gives every count before "were recorded" to the officials who said it', () => {
    const reporters = extract('Health officials said 14 new cases and three deaths were recorded in Ostra.')
      .claims.filter((c) => c.kind === 'figure')
      .map((c) => [c.figures[0]!.value, c.reportedBy]);
    expect(reporters).toEqual([
      [14, 'Health officials'],
      [3, 'Health officials'],
    ]);
  });

  it('reads "with reported cases from two states" as no report of its own', () => {
    const reporters = extract('The agency said 9 new cases and one death were logged, with reported cases from two states.')
      .claims.filter((c) => c.kind === 'figure')
      .map((c) => c.reportedBy);
    expect(reporters).toEqual(['the agency', 'the agency', 'the agency']);
  });
});

describe('an unnamed speaker described by a relative clause after a quote', () => {
  it('is a new speaker, reported as such, never the body named before', () => {
    const quote = extract('The Kelmor Relief Agency said 40 people died.\n\n"I was trapped under the wall and my father died," a man who was being treated for burns told media.').claims.find((c) => c.kind === 'quote');
    expect([quote?.attributedTo, quote?.reportedBy]).toEqual([null, 'a man']);
  });
});

describe('an unnamed speaker owned by a described place ("The small coastal country’s defence ministry said")', () => {
  it('reads the speaker’s own words after the possessive, not the owner’s, against its reach', () => {
    const own = extract('The small coastal country’s defence ministry said 40 people died in the town.');
    expect(own.claims.filter((c) => c.kind === 'figure').map((c) => c.reportedBy)).toEqual(['small coastal country’s defence ministry']);
    // Five words of the speaker's own after it are still too many.
    const long = extract('The small coastal country’s new regional civil defence ministry said 40 people died in the town.');
    expect(long.claims.filter((c) => c.kind === 'figure').map((c) => c.reportedBy)).toEqual([null]);
  });
});
