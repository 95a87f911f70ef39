// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

const mentions = (text: string): [string, string][] => extract(text).mentions.map((m) => [m.name, m.kind]);
/** Claims as [kind, attributedTo, reportedBy, first figure's value]. */
const claims = (text: string): [string, string | null, string | null, number | null][] =>
  extract(text).claims.map((c) => [c.kind, c.attributedTo, c.reportedBy, c.figures[0]?.value ?? null]);
const figureBy = (text: string, value: number): [string | null, string | null] => {
  const c = extract(text).claims.find((x) => x.kind === 'figure' && x.figures[0]!.value === value)!;
  return [c.attributedTo, c.reportedBy];
};

describe('round 10: a figure, quote or statement goes to its own source', () => {
  it('gives a figure "released by" someone to that agent, not to the sentence subject', () => {
    const text = 'Kelmor Watch said the toll appears to be at least 412, higher than the figure of 301 released by Ostra’s interior ministry.';
    expect(figureBy(text, 412)).toEqual(['Kelmor Watch', null]);
    expect(figureBy(text, 301)).toEqual([null, 'Ostra’s interior ministry']);
    // A named agent is that name's.
    expect(figureBy('Kelmor Watch said 412 died, more than the 301 deaths reported by the Brask Herald.', 301)).toEqual(['Brask Herald', null]);
  });

  it('gives a quote to the person named after a body’s possessive title, with a place in it', () => {
    const text = '“The raids must end now,” said Kelmor Watch’s acting Asia director Lena Park.';
    expect(claims(text)).toEqual([['quote', 'Lena Park', null, null]]);
  });

  it('reads "<Name> State" used as a place as a place, and "which he said" as the person just named', () => {
    const text = 'In the raid on Kolo Hills village in Benue State, the police spokesman in the state, ASP Dauda Okon, confirmed the attack, which he said left four persons dead.';
    expect(mentions(text)).toContainEqual(['Benue State', 'place']);
    expect(figureBy(text, 4)).toEqual(['ASP Dauda Okon', null]);
  });

  it('gives what a person’s lawyer says to the lawyer, unnamed, not to the person', () => {
    const text = 'Contractor Marco Ferri was sentenced to five years. Ferri’s lawyer told the court his client should serve a suspended sentence.';
    expect(claims(text)).toContainEqual(['statement', null, 'Ferri’s lawyer', null]);
    // A body's staff still speak for it.
    expect(claims('Acme Freight’s lawyers said the fine was unfair.')).toEqual([['statement', 'Acme Freight', null, null]]);
  });

  it('gives the verb after a relative clause no comma closes to the person the clause is on', () => {
    const text = 'Kamal Perera, who was appointed as Miniser of Rural Roads said they would continue the talks.';
    expect(claims(text)).toEqual([['statement', 'Kamal Perera', null, null]]);
  });
});

describe('round 10: a named person’s forecasts are theirs', () => {
  const text = [
    'Sales rose 9 per cent, topping chief executive Paul Chambers’ own estimate in March of sales growth in a range of 6 per cent to 7 per cent.',
    'At a briefing, Mr Chambers gave forecasts that beat expectations. He saw first-quarter sales growing about 8 per cent.',
    'Mr Chambers also raised Acme’s long-term growth target to between 5 per cent and 9 per cent.',
  ].join('\n\n');

  it('merges "Mr Chambers" with "Paul Chambers", though "chambers" is a body’s word', () => {
    expect(extract(text).mentions.filter((m) => m.kind === 'person').map((m) => [m.name, m.count])).toEqual([['Paul Chambers', 3]]);
  });

  it('gives the figures of a possessive estimate, a "He saw" and a raised target to the person', () => {
    expect(figureBy(text, 9)).toEqual([null, null]);
    expect(figureBy(text, 6)).toEqual(['Paul Chambers', null]);
    expect(figureBy(text, 8)).toEqual(['Paul Chambers', null]);
    expect(figureBy(text, 5)).toEqual(['Paul Chambers', null]);
    // "could target" is a verb, not a forecast.
    expect(claims('Dr Ana Ruiz led the trial. She studied whether the drug could target 3 kinds of cells.').filter((c) => c[0] === 'figure')).toEqual([['figure', null, null, 3]]);
  });
});

describe('round 10: quotes', () => {
  it('gives “…,” it added and …, it said to the body last reported, not to a thing', () => {
    const lead = 'Kelmor Watch called on the army to stop the raids.';
    expect(claims(`${lead} Such force should be used “only when there is no other way to save lives,” it added.`)).toContainEqual(['quote', 'Kelmor Watch', null, null]);
    expect(claims(`${lead} It said 12 people were hurt.`)).toContainEqual(['figure', 'Kelmor Watch', null, 12]);
    // "It maintains records": no verb of speech.
    expect(claims(`${lead} It maintains records of 40 raids.`)).toContainEqual(['figure', null, null, 40]);
  });

  it('reads a few quoted words in a sentence as a quote of its source', () => {
    expect(claims('Prosecutor Ana Ruiz called the case a "success."')).toContainEqual(['quote', 'Ana Ruiz', null, null]);
    expect(claims('Dan Ito, a member of the defence team, said in a statement that he was “devastated” to see the sentence.')).toContainEqual(['quote', 'Dan Ito', null, null]);
    // With no source, quoted words are a scare quote; a quoted number is no speech.
    expect(claims('The so-called “peace” deal failed.').filter((c) => c[0] === 'quote')).toEqual([]);
    expect(claims('Prosecutor Ana Ruiz asked for “four” years.').filter((c) => c[0] === 'quote')).toEqual([]);
  });

  it('reads a title-case name in single quotes as no quote', () => {
    expect(claims('There were other results of ‘The Kelmor Heart Trials’ that were positive.').filter((c) => c[0] === 'quote')).toEqual([]);
  });
});

describe('round 10: names', () => {
  it('keeps a company’s name with a lower-case "in" whole after "maker", and later too', () => {
    const text = 'The phone maker Kelmor in Motion posted a 33 percent increase in profit. Shares of Kelmor in Motion dropped more than 5 percent.';
    expect(extract(text).mentions.map((m) => [m.name, m.kind, m.count])).toEqual([['Kelmor in Motion', 'organization', 2]]);
  });

  it('reads "Rev." as a title, not the end of a name or a sentence', () => {
    const text = 'Church spokesperson Rev. Father John Adeyemi said more than 40 were killed.';
    expect(extract(text).mentions.map((m) => [m.name, m.role])).toEqual([['Father John Adeyemi', 'Rev']]);
  });

  it('reads "<Name> Journal of <Field>" as an outlet', () => {
    expect(mentions('The results were published in the Brask Journal of Medicine on Monday.')).toEqual([['Brask Journal of Medicine', 'outlet']]);
  });
});
