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
