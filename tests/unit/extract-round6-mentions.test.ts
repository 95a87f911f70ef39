// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extract, type Extraction, type MentionKind } from '../../src/extract';

const kinds = (r: Extraction): Record<string, MentionKind> => Object.fromEntries(r.mentions.map((m) => [m.name, m.kind]));
const named = (text: string): [string, MentionKind, number][] => extract(text).mentions.map((m) => [m.name, m.kind, m.count]);

describe('sixth round: mentions (bodies with a lower-case head, places in lists, titles, aliases, kinds, junk)', () => {
  it('reads a place, demonym or short form before a lower-case "police", "army" or "government" as one public body', () => {
    const r = extract('NT police said 4 hikers were missing. The Moravian army said 9 tanks were lost. The Kelmor provincial government says 30 homes burned.');
    expect(kinds(r)).toEqual({ 'NT police': 'government', 'Moravian army': 'government', 'Kelmor provincial government': 'government' });
    expect(r.claims.filter((c) => c.kind === 'figure').map((c) => c.attributedTo)).toEqual(['NT police', 'Moravian army', 'Kelmor provincial government']);
    // With no name before it, the body is nobody a reader could look up; a head that goes on names something else.
    expect(named('Nine people died, local police said. A county government said more. They live in the Oruma local government area.')).toEqual([['Oruma', 'place', 1]]);
  });

  it('keeps a bare place apart from the outlet named after it when its government speaks', () => {
    const r = extract('The Kelmor provincial government says 40 homes were lost. The official Kelmor Daily newspaper said two survived.');
    expect(r.mentions.map((m) => [m.name, m.kind, m.count])).toEqual([
      ['Kelmor provincial government', 'government', 1],
      ['Kelmor Daily', 'outlet', 1],
    ]);
    expect(r.claims.find((c) => c.kind === 'figure')?.attributedTo).toBe('Kelmor provincial government');
  });

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

  it('keeps a "Minister for <portfolio>" title out of the name after it', () => {
    const r = extract('Federal Minister for Water and Power Tariq Baig said 3 dams were shut. Baig added that repairs began.');
    expect(r.mentions.map((m) => [m.name, m.kind, m.role, m.count])).toEqual([['Tariq Baig', 'person', 'Federal Minister for Water and Power', 2]]);
    expect(named('Minister of Foreign Affairs Omar Hadi Latif met envoys.')).toEqual([['Omar Hadi Latif', 'person', 1]]);
  });

  it('merges a short form in brackets after a body’s name whatever its letters, and one spanning a connector', () => {
    expect(named('The Freedom and Progress Party (ÖZP) won. ÖZP leaders cheered.')).toEqual([['Freedom and Progress Party', 'organization', 2]]);
    expect(named('Rain hit the Autonomous Region in Northern Kelmor (ARNK). ARNK schools shut.')).toEqual([['Autonomous Region in Northern Kelmor', 'place', 2]]);
    // "Tehreek-e-Insaf" gives the letters of its parts; a body with a short form in brackets is no person.
    expect(named('The Kelmor Tehreek-e-Adl (KTA) said 5 people left.')).toEqual([['Kelmor Tehreek-e-Adl', 'other', 2]]);
    // A known place in brackets, or a person's name before one, is no alias.
    expect(named('The Labour Party (UK) won.')).toEqual([
      ['Labour Party', 'organization', 1],
      ['UK', 'place', 1],
    ]);
  });

  it('classifies national and country-named public bodies, wire credits and known agencies', () => {
    expect(
      kinds(
        extract(
          'The National Flood Management Council said 9 died. The Peru Bureau of Statistics (PBS) said prices rose. The Norwegian Refugee Council helped. According to Anadolu, turnout was high. (NNN-XINHUA) reported it.',
        ),
      ),
    ).toEqual({
      'National Flood Management Council': 'government',
      'Peru Bureau of Statistics': 'government',
      'Norwegian Refugee Council': 'organization',
      Anadolu: 'outlet',
      'NNN-XINHUA': 'outlet',
    });
    // A known outlet inside a name, or a short form in brackets, is no person's name (a known outlet
    // after its owner's name is the owning company: see extract-round7-sources.test.ts).
    expect(kinds(extract('Analysts polled by Thomson Reuters expected more, Thomson Reuters said. The Retail Price Index (RPI) rose, the office said.'))).toMatchObject({
      'Thomson Reuters': 'organization',
      'Retail Price Index': 'other',
    });
  });

  it('drops labels, handles and suffixes that are no names', () => {
    expect(named('The Latest on the storm. President Ramon Dela Paz, Jr. declared a state of calamity. The FM @KelmorFM posted it. Profits rose under GAAP rules.')).toEqual([
      ['Ramon Dela Paz', 'person', 1],
    ]);
    expect(kinds(extract('The quake struck 40 kilometers from Mount Kelmor, near San Teodoro.'))).toEqual({ 'Mount Kelmor': 'place', 'San Teodoro': 'place' });
  });
});

describe('sixth round, part 2: people by their names, money codes, public services, places beside places, nicknames', () => {
  it('reads a name opening with a common given name from any region, or a family name written first, as a person', () => {
    expect(named('Shahbaz Karimi is to blame for the slump, he said. A brace from Iker Loyola and a goal by Chukwuma Ade sealed it.')).toEqual([
      ['Shahbaz Karimi', 'person', 1],
      ['Iker Loyola', 'person', 1],
      ['Chukwuma Ade', 'person', 1],
    ]);
    expect(named('Zhang Wenli met Nguyen Van Long in Hanoi.')).toEqual([
      ['Zhang Wenli', 'person', 1],
      ['Nguyen Van Long', 'person', 1],
      ['Hanoi', 'place', 1],
    ]);
    // A given name opens no body's name with a head word, nor a built place named after a person.
    expect(named('The Imran Khan Cancer Hospital said 3 beds were free.')).toEqual([['Imran Khan Cancer Hospital', 'organization', 1]]);
    expect(named('They played at Rajiv Menon Stadium near Tunde Bello Road.')).toEqual([
      ['Rajiv Menon Stadium', 'place', 1],
      ['Tunde Bello Road', 'place', 1],
    ]);
  });

  it('reads a name followed by an age between commas as a person', () => {
    expect(named('Tarvo Eskel, 34, was charged on Friday.')).toEqual([['Tarvo Eskel', 'person', 1]]);
    // A number after a comma with no closing comma is no age.
    expect(named('Kelmor Trading, 34 stores in all, reported a loss.')).toEqual([['Kelmor Trading', 'other', 1]]);
  });

  it('makes no name of a currency code glued to or written before an amount', () => {
    expect(named('Revenue reached US$4.1 billion on Monday of US$2 in fees. Losses came to P512.5 million, PHP3.1 billion, Rs 40 crore, Rs.900, KSh 70 billion, N240 and RM6.')).toEqual([]);
    // The same letters elsewhere are names as before.
    expect(named('The US and the RM party met in Rs Town.').map(([n]) => n)).toEqual(['US', 'RM', 'Rs Town']);
  });

  it('reads a name after a public service’s field and head as a public body', () => {
    expect(named('The storm turned north, according to the weather bureau KELWA. The tax authority TXA said 8 firms paid.')).toEqual([
      ['KELWA', 'government', 1],
      ['TXA', 'government', 1],
    ]);
  });

  it('reads a name between commas after a place, and the items of a list ending in a place noun, as places', () => {
    expect(kinds(extract('The storm will land on San Miguel, Orvanta, tonight.'))).toEqual({ 'San Miguel': 'place', Orvanta: 'place' });
    expect(kinds(extract('A watch is in place for Tarn Beach, Ulvik and Morra town site.'))).toEqual({ 'Tarn Beach': 'place', Ulvik: 'place', Morra: 'place' });
    // Without a place before the comma, or a place noun after the list, nothing changes.
    expect(kinds(extract('The coach praised Tarn Ulvik, Morra, and the crowd.'))).toEqual({ 'Tarn Ulvik': 'other', Morra: 'other' });
  });

  it('drops a quoted title used as a modifier and a team nicknamed by two colours', () => {
    expect(named('At a “Handa Muna” briefing, Raffy Lomo said 5 died. However the Blue and Whites lost twice.')).toEqual([['Raffy Lomo', 'person', 1]]);
    // A quoted name before a body's cue word or a verb stays a name.
    expect(named('The “Kel Neft” company said output fell. The “Vedo Mir” reported it.').map(([n]) => n)).toEqual(['Kel Neft', 'Vedo Mir']);
  });
});
