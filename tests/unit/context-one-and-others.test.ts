// "A village elder and three other people were killed": the one named and the others are the toll (one-and-others.ts); a
// dateline's country is the one "across the country" names (figure-places.ts).
import { describe, expect, it } from 'vitest';
import { findDiscrepancies } from '../../src/context/discrepancies';
import { extract } from '../../src/extract';
import { discrepancyRows as rows } from './extract-helpers';

const rival = 'The office of President Tomas Vell said two people had died in road crashes during the riots.';

describe('one named and others', () => {
  it('counts the one named with the others as the toll', () => {
    const text = `A village elder and three other people were killed in the riots since Monday, the ombudsman’s office said Thursday. ${rival}`;
    expect(rows(text)).toEqual(['killed: =2 by Office of President Tomas Vell | =4 by the ombudsman’s office']);
  });

  it('adds no one for "killed in the ambush and five others": the ambush is no one counted', () => {
    const text = 'The army said nine soldiers were killed in the ambush and five others were wounded. Medics said eight soldiers were wounded.';
    expect(rows(text)).toEqual(['injured: =5 by the army | =8 by Medics']);
  });

  it('keeps others added to a toll told before a count of others', () => {
    const text = `The ombudsman’s office said the imam of Kelm was killed on Monday while four others died on Tuesday. ${rival}`;
    expect(rows(text)).toEqual([]);
  });
});

describe('the country a dateline names', () => {
  // Extraction reads an invented name in a dateline as of no kind: the tests give it as the place it is.
  const placed = (text: string) => {
    const r = extract(text);
    const mentions = r.mentions.map((m) => (m.name === 'Ostra' ? { ...m, kind: 'place' as const } : m));
    return findDiscrepancies(r.claims, [], (id) => id, mentions, text).map((d) => [d.places, d.values.map((v) => v.value)]);
  };
  const body = 'Five people were killed in the riots in Ostra since Monday, the ombudsman’s office said Thursday.\n\nThe office of President Tomas Vell said two people had died in road crashes across the country.';

  it('is the country of a toll "across the country"', () => {
    expect(placed(`KELM, Ostra (AP) — ${body}`)).toEqual([[['Ostra'], [2, 5]]]);
  });

  it('is none where the dateline names no country', () => {
    expect(placed(`KELM (AP) — ${body}`)).toEqual([]);
  });
});
