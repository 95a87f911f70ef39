// Bare described sources that alone give a count: the press at large ("Media reports said …"), two kinds of people together.
import { describe, expect, it } from 'vitest';
import { describedBodies } from '../../src/context/described-bodies';
import type { Claim } from '../../src/extract/types';

const counted = (text: string, reportedBy: string): Claim => ({
  kind: 'figure',
  text,
  attributedTo: null,
  reportedBy,
  figures: [{ value: 12, comparator: '=', upTo: null, unit: 'people', about: 'missing', span: { start: 0, end: 1 } }],
  span: { start: 0, end: 1 },
} as unknown as Claim);
const said = (text: string, reportedBy: string): Claim => ({ kind: 'statement', text, attributedTo: null, reportedBy, figures: [], span: { start: 0, end: 1 } });
const cardsOf = (text: string, claims: Claim[]) => describedBodies(claims, text).map((c) => [c.name, c.kind, c.describes]);

describe('media reports as a source', () => {
  it('gives one card to media reports that give a count', () => {
    const text = 'A ferry sank near Ostra. Media reports citing families said 12 people were missing.';
    expect(cardsOf(text, [said('Media reports citing families said 12 people were missing.', 'media'), counted('12 people were missing', 'media')])).toEqual([
      ['Media reports', 'outlet', 'body'],
    ]);
  });

  it('gives none where the media only say something', () => {
    const text = 'A ferry sank near Ostra. The media said the ferry was old.';
    expect(cardsOf(text, [said('The media said the ferry was old.', 'the media')])).toEqual([]);
  });
});

describe('two kinds of bare people who give a count together', () => {
  it('gives the pair one card of its own, apart from the witnesses alone', () => {
    const text = 'Guards in Ostra shot dead 12 people at a market, officials and witnesses said. Witnesses said 12 people were hurt.';
    expect(cardsOf(text, [counted('12 people at a market', 'officials and witnesses'), counted('12 people were hurt', 'witnesses')])).toEqual([
      ['Officials and witnesses', 'organization', 'people'],
      ['Witnesses', 'organization', 'people'],
    ]);
  });

  it('gives none to a pair whose second word is no bare people', () => {
    const text = 'Guards in Ostra shot dead 12 people at a market, officials and reporters said.';
    expect(cardsOf(text, [counted('12 people at a market', 'officials and reporters')])).toEqual([]);
  });
});

describe('the administration of a place', () => {
  it('gives a card to the administration of a named place or of a level of government', () => {
    const text = 'According to figures released by the Kelmor administration, 25 bodies were found. The city administration said the fire was out.';
    expect(cardsOf(text, [said(text, 'the Kelmor administration'), said(text, 'the city administration')])).toEqual([
      ['Kelmor administration', 'government', 'body'],
      ['City administration', 'government', 'body'],
    ]);
  });

  it('gives none to the administration of a hospital', () => {
    const text = 'According to the hospital administration, 25 bodies were found.';
    expect(cardsOf(text, [said(text, 'the hospital administration')])).toEqual([]);
  });
});
