// Names read as places: items of a list, a name before a state, between commas or in a dateline; places do not speak.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { kinds } from './extract-source-helpers';

describe('places in lists, before a state, between commas and in datelines', () => {
  it('reads the items of a list headed by a place noun or "in", a name before a known state, and a dateline as places', () => {
    expect(kinds(extract('Crews reached the villages of Arnby, Telvik and Osso by noon.'))).toEqual({ Arnby: 'place', Telvik: 'place', Osso: 'place' });
    expect(kinds(extract('Most deaths were in Barangay Lumo, Tavira, the mayor said. A rally in Dunmore, Pennsylvania, drew crowds.'))).toEqual({
      'Barangay Lumo': 'place',
      Tavira: 'place',
      Dunmore: 'place',
      Pennsylvania: 'place',
    });
    expect(kinds(extract('KELTO (Ravia, Nigeria), May 2 — It rained in the South East and in northern Ostra. Roads in Kelto were shut, Kelto officials said.'))).toEqual({
      Kelto: 'place',
      Nigeria: 'place',
      Ostra: 'place',
      'South East': 'place',
    });
    // People in a list after a place stay unplaced, and "from" before two words is no place (their
    // given names make them people).
    expect(kinds(extract('Reporting by Anke Roth in Lima and Tove Brandt in Oslo. A late goal from Ander Zubeldia won it.'))).toEqual({
      'Anke Roth': 'person',
      Lima: 'place',
      'Tove Brandt': 'person',
      Oslo: 'place',
      'Ander Zubeldia': 'person',
    });
  });

  it('reads a name between commas after a place, and the items of a list ending in a place noun, as places', () => {
    expect(kinds(extract('The storm will land on San Miguel, Orvanta, tonight.'))).toEqual({ 'San Miguel': 'place', Orvanta: 'place' });
    expect(kinds(extract('A watch is in place for Tarn Beach, Ulvik and Morra town site.'))).toEqual({ 'Tarn Beach': 'place', Ulvik: 'place', Morra: 'place' });
    // Without a place before the comma, or a place noun after the list, nothing changes.
    expect(kinds(extract('The coach praised Tarn Ulvik, Morra, and the crowd.'))).toEqual({ 'Tarn Ulvik': 'other', Morra: 'other' });
  });
});

describe('places do not speak, and a quote closed with no space ends there', () => {
  it('reads "X and Y Counties" as a place, so a later "he said" goes to the person named before', () => {
    const r = extract(
      'According to Dr Omar Hadi, Velmo County reported 31 cases.\nOstra and Tarsk Counties confirmed two cases each.\n“Tests have confirmed the infection in six wards,”he said.',
    );
    expect(kinds(r)['Tarsk Counties']).toBe('place');
    const quote = r.claims.find((c) => c.kind === 'quote')!;
    expect(quote).toMatchObject({ attributedTo: 'Omar Hadi', text: 'Tests have confirmed the infection in six wards' });
  });
});

describe('a one-word name before a state’s office', () => {
  it('is a place, not a source that carries the minister’s figure', () => {
    const r = extract('According to the Kelmor health minister, the figure was 500. Kelmor Chief Minister Ravi Mehta spoke.');
    expect(r.mentions.map((m) => [m.name, m.kind])).toEqual([
      ['Kelmor', 'place'],
      ['Ravi Mehta', 'person'],
    ]);
    expect(r.claims.some((c) => c.attributedTo === 'Kelmor')).toBe(false);
  });
});

describe('a monument, a memorial or a plaza', () => {
  it('is a place, that neither speaks for the sentence nor owns its count', () => {
    const r = extract("As rain fell at Ostra's Freedom Monument, the crowd of marchers grew past 8,000.");
    expect(kinds(r)).toMatchObject({ 'Freedom Monument': 'place' });
    expect(r.claims.filter((c) => c.kind === 'figure').map((c) => c.attributedTo ?? null)).toEqual([null]);
    expect(kinds(extract('Crowds gathered at the Varn Memorial and at Kelmor Plaza on Sunday.'))).toMatchObject({ 'Varn Memorial': 'place', 'Kelmor Plaza': 'place' });
  });
  it('keeps a body whose name holds the word before its own head', () => {
    expect(kinds(extract('The Varn Memorial Hospital said 8 patients were hurt.'))).toMatchObject({ 'Varn Memorial Hospital': 'organization' });
  });
});
