// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

const mentions = (text: string): [string, string, string | null][] => extract(text).mentions.map((m) => [m.name, m.kind, m.role]);
const names = (text: string): string[] => extract(text).mentions.map((m) => m.name);

describe('round 9: coordinated names are two sources', () => {
  it('splits two outlets joined by "and"', () => {
    const text = 'Business dailies Vedomosti and Kommersant headlined the march. "There were fewer than 9,000 people," wrote Vedomosti.';
    expect(names(text)).toEqual(['Vedomosti', 'Kommersant']);
    expect(extract(text).claims.find((c) => c.kind === 'quote')!.attributedTo).toBe('Vedomosti');
  });

  it('splits two companies joined by "and" after a legal suffix, not one name with "and" inside', () => {
    expect(names('Shares of Suzuki Motor Corp. and Mazda Motor Co. fell on Friday.')).toEqual(['Suzuki Motor Corp', 'Mazda Motor Co']);
    // With no legal suffix before it, "and" stays inside one body's name.
    expect(names('The Kelmor Institute of Science and Technology said 40 students left.')).toEqual(['Kelmor Institute of Science and Technology']);
  });
});

describe('round 9: no card for words that only look like names', () => {
  it('reads "Spanish-language" as an adjective and Telemundo as an outlet', () => {
    expect(mentions('Rosa Diaz told Telemundo, the Spanish-language network, that 40 were missing.')).toEqual([
      ['Rosa Diaz', 'person', null],
      ['Telemundo', 'outlet', null],
    ]);
  });

  it('reads "Independent sources" as no outlet, "The Independent" as one', () => {
    expect(names('Independent sources said 35,000 people had come.')).toEqual([]);
    expect(names('The Independent reported 35,000 people had come.')).toEqual(['Independent']);
  });

  it('reads a capitalised noun before "continued to" as no source', () => {
    const r = extract('Confusion continued to surround the fate of the girl.');
    expect(r.mentions).toEqual([]);
    expect(r.claims).toEqual([]);
  });
});

describe('round 9: bodies and roles', () => {
  it('names "<Place> police" before a verb of a count as a public body', () => {
    expect(mentions('The Kelmor police put the figure at 40,000.')).toContainEqual(['Kelmor police', 'government', null]);
  });

  it('keeps a lower-case title before a name as its role', () => {
    expect(mentions('The party said 300 were held, and its secretary general Ana Ruiz said more would follow.')).toContainEqual(['Ana Ruiz', 'person', 'secretary general']);
    expect(mentions('"We will travel by train," defence counsel Ana Ruiz said.')).toEqual([['Ana Ruiz', 'person', 'defence counsel']]);
  });

  it('types a hyphenated name before "alliance" as an organisation', () => {
    expect(mentions('A leader of the Kelmor-Tarraq alliance said 30 were held.')).toEqual([['Kelmor-Tarraq', 'organization', null]]);
  });

  it('keeps "Sheikh" after a title as a word of the name', () => {
    expect(mentions('The march against Prime Minister Sheikh Hasna Tarek drew 5,000.')).toEqual([['Sheikh Hasna Tarek', 'person', 'Prime Minister']]);
  });
});
