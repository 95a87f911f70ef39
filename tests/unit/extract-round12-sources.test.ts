// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

/** "kind by" of each claim. */
const claimSources = (text: string): string[] => extract(text).claims.map((c) => `${c.kind} ${c.attributedTo}`);
const mentionOf = (text: string, name: string) => extract(text).mentions.find((m) => m.name === name);

describe('twelfth round: who reports a sentence', () => {
  it('gives a sentence closed by ", announced the <body>" to that body, not to a name inside it', () => {
    const text = "Kelmor authorities held 120 people after protests over the arrest of Ostra's mayor Karim Salek, announced the Ministry of Internal Affairs of Kelmor.";
    expect(claimSources(text)).toEqual(['statement Ministry of Internal Affairs of Kelmor', 'figure Ministry of Internal Affairs of Kelmor']);
  });

  it('does not make the person a rally was "called to" protest by the source of the sentence', () => {
    const text = 'OSTRA — Kelmor police held opposition leader Karim Salek in central Ostra on Monday at a rally Salek had called to protest graft.';
    expect(claimSources(text)).not.toContain('statement Karim Salek');
  });

  it('gives the figures of a participle after a speaker turned round after a quote to that speaker', () => {
    const text = "'We are very pleased with the quarter,' said Ana Ruiz, Zenit's chief executive, noting sales to date of more than 5 million phones.";
    expect(claimSources(text)).toEqual(['quote Ana Ruiz', 'figure Ana Ruiz']);
  });

  it('makes "the group" the company named with a company noun', () => {
    const text = 'Phone maker Zenit posted a profit of $40m. The result was a 120% rise on a year earlier, the group said in a statement.';
    expect(claimSources(text)).toEqual(['statement Zenit', 'figure Zenit', 'statement Zenit', 'figure Zenit']);
  });

  it('reads a sentence whose line breaks before a lower-case word as one sentence', () => {
    const text = 'Zenit Corp posted a profit of $40m.\nThe company also said it had sold\ntwo million phones in the quarter.';
    expect(extract(text).claims.find((c) => c.figures[0]?.value === 2_000_000)?.attributedTo).toBe('Zenit Corp');
    // A blank line still ends the paragraph.
    expect(extract('The plan was dropped\n\nby the council on Monday.').claims.length).toBe(0);
  });
});

describe('twelfth round: a title of a body before a name', () => {
  it('splits "Superintendent of Police" from a name whose given name the lexicon does not know', () => {
    const text = 'Many went home, Ostra Superintendent of Police Tamsir Oduya told reporters. She said the count was confused.';
    expect(mentionOf(text, 'Tamsir Oduya')?.kind).toBe('person');
    expect(claimSources(text)).toEqual(['statement Tamsir Oduya', 'statement Tamsir Oduya']);
  });
});
