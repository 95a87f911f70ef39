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

describe('a shorter description told after a fuller one of the same people', () => {
  it('joins the card of the fuller one, past a dropped place, a word of scope or another word of the same trade', () => {
    const text =
      'An anonymous clan leader in Varn told Kelmor Radio that the well was dry. “We walked for days,” an anonymous clan leader said. International aid workers said 40 had died. Relief workers said the roads were cut.';
    expect(cardsOf(text, ['An anonymous clan leader in Varn', 'an anonymous clan leader', 'International aid workers', 'Relief workers'])).toEqual([
      ['Anonymous clan leader in Varn', 'person', 'person'],
      ['International aid workers', 'organization', 'people'],
    ]);
  });

  it('keeps two cards where the dropped word says whose the people are', () => {
    const text = 'Ostra government officials said 40 had died. In Varn, government officials said 12 had died.';
    expect(cardsOf(text, ['Ostra government officials', 'government officials'])).toEqual([
      ['Ostra government officials', 'government', 'people'],
      ['Government officials', 'government', 'people'],
    ]);
  });
});

describe('one unnamed person described again', () => {
  it('keeps two cards where the later words drop more than the place: another officer may speak', () => {
    const text = '“The pass is shut,” one senior army officer said. “We have sent help,” another army officer told Kelmor Radio.';
    expect(cardsOf(text, ['one senior army officer', 'army officer'])).toEqual([
      ['Senior army officer', 'person', 'person'],
      ['Army officer', 'person', 'person'],
    ]);
  });
});

describe('a description told again without its place', () => {
  const cardsTold = (told: [string, string][]) => {
    const text = told.map(([sentence]) => sentence).join(' ');
    const claims = told.map(([sentence, reportedBy]): Claim => ({ kind: 'statement', text: sentence, attributedTo: null, reportedBy, figures: [], span: { start: 0, end: 1 } }));
    return describedBodies(claims, text).map((c) => c.name);
  };

  it('joins the card of the fuller one where its own sentence names no place', () => {
    expect(
      cardsTold([
        ['At least 52 inmates died in the riot, according to Ostra state prison officials.', 'Ostra state prison officials'],
        ['Prison officials said no guards were hurt.', 'Prison officials'],
      ]),
    ).toEqual(['Ostra state prison officials']);
  });

  it('keeps two cards where the shorter one’s sentence names a place of its own', () => {
    expect(
      cardsTold([
        ['Kelmorese army officials said 40 died.', 'Kelmorese army officials'],
        ['In Varn, army officials said 12 died.', 'army officials'],
      ]),
    ).toEqual(['Kelmorese army officials', 'Army officials']);
  });
});

describe('a speaker whose workplace takes several words', () => {
  it('gives a card to one source from a province’s authorities', () => {
    const text = 'Nine people drowned off the coast, a source from the Ostra province authorities told Kelmor Press.';
    expect(cardsOf(text, ['a source from the Ostra province authorities'])).toEqual([['Source from the Ostra province authorities', 'person', 'person']]);
  });

  it('gives none to one described person the article names right after as "the official, <name>"', () => {
    const text = 'An official from Ostra district told Kelmor Press the toll would rise. “We fear the worst,” said the official, Ana Ruiz.';
    expect(cardsOf(text, ['an official from Ostra district'])).toEqual([]);
    // Named as someone else's ("the official's brother, Bo Lund"), she keeps her card.
    const other = 'An official from the flooded Ostra district told Kelmor Press the toll would rise. The official’s brother, Bo Lund, was missing.';
    expect(cardsOf(other, ['an official from the flooded Ostra district'])).toEqual([['Official from the flooded Ostra district', 'person', 'person']]);
  });

  it('gives none where the words before the place are already too many to pick one speaker out', () => {
    const text = 'Nine people drowned, some of the many other local sources at the Ostra port said.';
    expect(cardsOf(text, ['some of the many other local sources at the Ostra port'])).toEqual([]);
  });
});
