// Described sources of this wave: a country's rulers ("the junta"), diplomats giving a count, an eye witness, official
// sources, and speakers placed in places the extractor read as names.
import { describe, expect, it } from 'vitest';
import { creditNamedBodies, describedBodies } from '../../src/context/described-bodies';
import type { SourceCard } from '../../src/context/types';
import type { Claim } from '../../src/extract/types';
import { cardsOf, counted, said } from './described-helpers';

describe('the rulers of a country', () => {
  it('gives "the junta" and "the regime" a card wherever they speak', () => {
    const text = 'The junta confirmed the raids on Ostra. The regime said the roads were open.';
    expect(cardsOf(text, [said('The junta confirmed the raids on Ostra.', 'the junta'), said('The regime said the roads were open.', 'the regime')])).toEqual([
      ['Junta', 'government', 'body'],
      ['Regime', 'government', 'body'],
    ]);
  });

  it('gives none to "the government", which says too little', () => {
    const text = 'The government said the roads were open.';
    expect(cardsOf(text, [said(text, 'the government')])).toEqual([]);
  });
});

describe('diplomats, witnesses and official sources', () => {
  it('gives diplomats who give a count one card, the state’s people', () => {
    const text = 'According to the diplomats, 12 people died in Ostra. Diplomats said 12 more were missing.';
    expect(cardsOf(text, [counted('12 people died in Ostra', 'the diplomats'), counted('12 more were missing', 'diplomats')])).toEqual([['Diplomats', 'government', 'people']]);
  });

  it('gives none to diplomats who only say something', () => {
    const text = 'Diplomats said the talks would go on.';
    expect(cardsOf(text, [said(text, 'diplomats')])).toEqual([]);
  });

  it('reads "an eye witness" as an eyewitness', () => {
    const text = 'According to an eye witness, the raiders came at night.';
    expect(cardsOf(text, [said(text, 'an eye witness')])).toEqual([['Eye witness', 'person', 'person']]);
  });

  it('gives official sources to the state', () => {
    const text = 'Other official sources said 12 people died.';
    expect(cardsOf(text, [counted(text, 'other official sources')])).toEqual([['Other official sources', 'government', 'people']]);
  });
});

describe('speakers placed in places with regions in brackets', () => {
  const label = 'Field sources in Ostra (Varn) and Kelmor (Brask)';
  const text = `${label} report that 12 people died.`;

  it('gives them a card, the bracketed regions no words of the phrase’s length', () => {
    expect(cardsOf(text, [counted(text, label)])).toEqual([[label, 'organization', 'people']]);
  });

  it('does not credit a place read as a name instead of the card', () => {
    const described = describedBodies([counted(text, label)], text);
    const kelmor: SourceCard = { name: 'Kelmor', kind: 'other', count: 1, forms: ['Kelmor'], role: null, firstSpan: null, entity: null, matchedBy: null, cited: false };
    const out = creditNamedBodies([kelmor], described);
    expect(out.map((s) => [s.name, s.cited])).toEqual([
      ['Kelmor', false],
      [label, true],
    ]);
  });
});

describe('the office of a public service', () => {
  it('gives "the civil protection office" a card, as its agency would get', () => {
    const text = 'The toll issued by the civil protection office was 58 deaths.';
    expect(cardsOf(text, [counted(text, 'the civil protection office')])).toEqual([['Civil protection office', 'government', 'body']]);
  });

  it('gives none to an office no public service’s words pick out', () => {
    const text = 'A regional office said 58 people died.';
    expect(cardsOf(text, [counted(text, 'a regional office')])).toEqual([]);
  });
});

describe('a capital standing for its government', () => {
  it('gives the one-word name the extractor gave as the speaker a government card', () => {
    const text = 'Ostra said 12 soldiers died.';
    expect(cardsOf(text, [counted(text, 'Ostra')])).toEqual([['Ostra', 'government', 'body']]);
  });

  it('gives none to a plural of initials', () => {
    const text = 'NGOs said 12 soldiers died.';
    expect(cardsOf(text, [counted(text, 'NGOs')])).toEqual([]);
  });
});

describe('a body whose word a named outlet’s report carries', () => {
  it('gives the body after "As per a … report," a card beside the outlet', () => {
    const text = 'As per a Kelmor Press report, the junta confirmed the raid on Ostra but gave no toll.';
    const relayed: Claim = { kind: 'statement', text, attributedTo: 'Kelmor Press', reportedBy: null, figures: [], span: { start: 0, end: text.length } };
    expect(cardsOf(text, [relayed])).toEqual([['Junta', 'government', 'body']]);
  });

  it('gives none where the words after the report pick out no body', () => {
    const text = 'According to a Kelmor Press report, the army said the raid on Ostra was over.';
    const relayed: Claim = { kind: 'statement', text, attributedTo: 'Kelmor Press', reportedBy: null, figures: [], span: { start: 0, end: text.length } };
    expect(cardsOf(text, [relayed])).toEqual([]);
  });
});
