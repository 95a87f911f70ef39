// An unnamed source described by where they work ("a source at Ostra hospital", "officials in Varn") gets a described card.
import { describe, expect, it } from 'vitest';
import { describedBodies } from '../../src/context/described-bodies';
import type { Claim } from '../../src/extract/types';

const cardsOf = (text: string, labels: string[]) => {
  const said = (reportedBy: string): Claim => ({ kind: 'statement', text, attributedTo: null, reportedBy, figures: [], span: { start: 0, end: 1 } });
  return describedBodies(labels.map(said), text).map((c) => [c.name, c.kind, c.describes]);
};

describe('speakers described by where they work', () => {
  it('gives a card to one source at a hospital and to officials in a town', () => {
    const text = 'Six people died in the blast, a source from Ostra hospital said. Officials in Varn said the road was shut.';
    expect(cardsOf(text, ['a source from Ostra hospital', 'officials in Varn'])).toEqual([
      ['Source from Ostra hospital', 'person', 'person'],
      ['Officials in Varn', 'government', 'people'],
    ]);
  });

  it('gives none where the noun before the place speaks for no body', () => {
    const text = 'Six people died in the blast, residents in Varn said. Witnesses at the market said the road was shut.';
    expect(cardsOf(text, ['residents in Varn', 'witnesses at the market'])).toEqual([]);
  });
});
