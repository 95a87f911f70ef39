// The press at large ("Media reports said …") is a described source where it alone gives a count.
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
