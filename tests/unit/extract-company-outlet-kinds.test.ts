// Companies and outlets told apart from people and from "other" by what the text says they do: results a company
// reports, shares it has, surveys it runs; a web domain, the press's word in another language, "The" and a demonym
// before "newspaper".
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { kinds, mention, mentionKinds } from './extract-source-helpers';

describe('companies from their results, shares and surveys', () => {
  it('finds a one-word company opening a sentence before a day, its date in brackets and its results', () => {
    expect(mentionKinds('Kelmortel on Thursday (Nov 9) posted an 82.6 percent rise in net profit to S$1.2 billion.')).toEqual([['Kelmortel', 'organization']]);
    // A common word so placed names nothing.
    expect(extract('Markets on Thursday (Nov 9) posted an 8 percent rise in net profit.').mentions).toEqual([]);
  });

  it('reads a name that "on Monday said profit …" or whose shares closed as a company, not a person or other', () => {
    expect(mentionKinds('Dorvan Mobile on Tuesday said profit for the quarter rose to Rs 90 crore. Dorvan Mobile plans more towers.')).toEqual([['Dorvan Mobile', 'organization']]);
    expect(mentionKinds('Pelmaro has reported improved performance for the third quarter. Pelmaro shares closed at Rs 412, up 2%.')).toEqual([['Pelmaro', 'organization']]);
    // A person who speaks of profits stays a person.
    expect(kinds(extract('Ana Ruiz on Monday said profit would fall. Ruiz said so again.'))).toEqual({ 'Ana Ruiz': 'person' });
  });

  it('reads a name whose sales, turnover or profits are given as a company, and "the company says" as its word', () => {
    const r = extract('Sales for Kelmor Regional Trading (KRT) shot up last year. The company says exports to Ostra amounted to $35.2 billion.');
    expect(kinds(r)['Kelmor Regional Trading']).toBe('organization');
    expect(r.claims.find((c) => c.kind === 'figure')?.attributedTo).toBe('Kelmor Regional Trading');
    expect(mentionKinds('Profits at Varn Holdings fell. Varn Holdings blamed the weather.')).toEqual([['Varn Holdings', 'organization']]);
    // A country's or a person's sales keep their kinds.
    expect(kinds(extract('Sales for Germany rose 5 percent, Acme Corp said. Revenue for Ana Ruiz fell, she said.'))).toEqual({ Germany: 'place', 'Acme Corp': 'organization', 'Ana Ruiz': 'person' });
  });

  it('reads the body that polled analysts as an organization', () => {
    expect(mentionKinds('Analysts polled by Kestrel Data expect revenue of $12 million.')).toEqual([['Kestrel Data', 'organization']]);
  });
  it('reads a name whose revenues grew by a share as a company, so "the company said" after it is its word', () => {
    const r = extract('Accounts show that Dorvik Nalo Marten (DNM) sales revenues grew by 4% over twelve months, hitting 285 million, the company said on Friday.');
    expect(kinds(r)['Dorvik Nalo Marten']).toBe('organization');
    expect(r.claims.find((c) => c.kind === 'figure')?.attributedTo).toBe('Dorvik Nalo Marten');
    // The accounts' own word opening a sentence names no company.
    expect(extract('Total revenue grew 8.1 percent over the year to 470 million, Ostra Mobile said.').mentions.map((m) => m.name)).toEqual(['Ostra Mobile']);
  });
});

describe('outlets by their written name', () => {
  it('reads a web domain given as a name as an outlet, not a person', () => {
    expect(mentionKinds('Fever cases doubled in the region, KelmorWire.com reports.')).toEqual([['KelmorWire.com', 'outlet']]);
    // Abbreviations with a full stop inside are no domains.
    expect(kinds(extract('He flew from the U.S. to Ostra on Monday.'))['U.S.']).toBe('place');
  });

  it('reads a name opened by "Radio" and headed by nothing else as a broadcaster', () => {
    const r = extract('On the other side Radio Varnu, the Kelmor Front’s mouthpiece in Ostra told its fighters the base had fallen.');
    expect(kinds(r)['Radio Varnu']).toBe('outlet');
    // A body's head ends the name: the workers' union of a radio is no broadcaster.
    expect(kinds(extract('The Radio Ostra Workers Union said 40 staff were laid off.'))['Radio Ostra Workers Union']).toBe('organization');
  });

  it('reads a name with the press’s word in French or Spanish as an outlet', () => {
    expect(mentionKinds('An official told Agence Ostra Presse on Friday that the count was late.')).toEqual([['Agence Ostra Presse', 'outlet']]);
    expect(mentionKinds('Prensa Kelmor said the count was late.')).toEqual([['Prensa Kelmor', 'outlet']]);
  });

  it('names a paper "The" and a demonym written so inside a sentence and once before "newspaper", in all its uses', () => {
    const r = extract('The Austrian newspaper reported 12 deaths. Among the dead was a nurse, The Austrian reported. Police doubt The Austrian newspaper.');
    expect(r.mentions.map((m) => [m.name, m.kind, m.count])).toEqual([['The Austrian', 'outlet', 3]]);
    expect(r.claims.find((c) => c.figures.length)?.attributedTo).toBe('The Austrian');
    // Opening a sentence only, "The" goes with the noun: any Austrian paper.
    expect(extract('The Austrian newspaper that broke the story won a prize.').mentions).toEqual([]);
    // Without the outlet's noun a demonym after "The" stays no name.
    expect(extract('The Austrian reported 12 deaths.').mentions).toEqual([]);
    // Nor where the paper's own name follows the noun.
    expect(extract('The Austrian newspaper Kelmor Zeit said 12 died. The Austrian reported it.').mentions.map((m) => m.name)).toEqual(['Kelmor Zeit']);
  });

  it('reads "the X website" as no outlet’s cue, every body having one, unless the site reports', () => {
    expect(mentionKinds('Meal kit company Kelmco says 300 users were hit. Intruders used old passwords on the Kelmco website, the company said.')).toEqual([['Kelmco', 'organization']]);
    expect(mentionKinds('The Varnet website reported that 20 people had died. Varnet said more were hurt.')).toEqual([['Varnet', 'outlet']]);
  });
});

describe('a company and its clipped name in brackets', () => {
  it('merges a bracketed short form that clips the later words of the name', () => {
    const r = extract('Banu Systems (Banu Sys) on Monday reported net profit of Rs 10 crore. Banu Sys also posted a loss in exports.');
    expect(mention(r, 'Banu Systems')).toMatchObject({ kind: 'organization', count: 3, forms: ['Banu Systems', 'Banu Sys'] });
    expect(r.mentions).toHaveLength(1);
    // A person's name opening with a given name is no company's clipped one.
    expect(extract('Tomas Varga (Tomas Var) spoke on Monday.').mentions.map((m) => m.name)).toEqual(['Tomas Varga', 'Tomas Var']);
  });
});
