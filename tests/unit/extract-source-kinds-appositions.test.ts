// Kinds read from the words right around a name: an apposition that describes a person, the body a
// person works at or comes from, an outlet's or a body's noun after a modifier, and the nouns and
// compass words that say a place.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { kinds } from './extract-source-helpers';

describe('people named by one word or by an unknown pair', () => {
  it('reads a one-word name described as a head of a body or as a resident as a person', () => {
    const r = extract('"The river rose overnight," said Prawiranto, head of the regional rescue office, on Monday. Officials counted 40 homes lost.');
    expect(kinds(r)).toMatchObject({ Prawiranto: 'person' });
    const s = extract('Musa Kolo, a trader, fled. Later Tanko, a resident of the Dala quarter, said more than 20 people were hurt at the market.');
    expect(kinds(s)).toMatchObject({ Tanko: 'person' });
  });

  it('reads a two-word name described as "head of research at" a firm as a person', () => {
    const r = extract('"Margins will stay thin," said Varun Kelkar, head of research at Pune-based Ostrava Capital.');
    expect(kinds(r)).toMatchObject({ 'Varun Kelkar': 'person' });
  });

  it('reads an unknown pair that is from a committee and talks to a wire as a person', () => {
    const r = extract('"Nine families lost their homes," Arvo Lindqvist from the Nordic council for displaced families told Reuters.');
    expect(kinds(r)).toMatchObject({ 'Arvo Lindqvist': 'person' });
  });
});

describe('bodies named by where people work and by their noun after a modifier', () => {
  it('reads the firm an analyst works at as an organisation', () => {
    const r = extract('"Demand is slowing," said Lena Marsh, senior retail analyst at Quorix.');
    expect(kinds(r)).toMatchObject({ Quorix: 'organization' });
  });

  it('reads a name before "rights group" as an organisation and before "opposition newspaper" as an outlet, not before a verb or a place’s noun', () => {
    const r = extract('The Pravda Kolo rights group said 40 people were held. Later Novy Glas opposition newspaper put the crowd at 90,000.');
    expect(kinds(r)).toMatchObject({ 'Pravda Kolo': 'organization', 'Novy Glas': 'outlet' });
    // A place's or a public body's noun as the modifier makes a place: "the Kelby town site".
    const t = extract('A warning remains for the Kelby town site. The crush happened within the Ostra Kota police station limits, he said.');
    expect(kinds(t)).not.toMatchObject({ Kelby: 'outlet' });
    expect(kinds(t)).not.toMatchObject({ 'Ostra Kota': 'outlet' });
    // A verb after the name is no modifier: "Marta Kovac said group leaders met".
    expect(kinds(extract('Marta Kovac said group leaders met on Friday. Marta Kovac confirmed the talks.'))).toMatchObject({ 'Marta Kovac': 'person' });
  });
});

describe('places beside titles and bodies', () => {
  it('reads a name before "areas" as a place, not a body', () => {
    const r = extract('Police said 30 people died in the blasts, which tore through the Tudun Cross and Gwange areas of the town.');
    expect(kinds(r)).toMatchObject({ 'Tudun Cross and Gwange': 'place' });
    expect(kinds(extract('Officers said the fire hit the Kolo Market neighbourhood on Sunday.'))).toMatchObject({ 'Kolo Market': 'place' });
  });

  it('reads a region opened by a compass word as a place, never a person', () => {
    const r = extract('Rescuers in East Kalora’s Tebo district found more bodies. The floods hit the whole province of Kalora, officials said.');
    expect(kinds(r)).toMatchObject({ 'East Kalora': 'place' });
  });

  it('reads a state before "state governor" as a place, though a title stands before it', () => {
    const r = extract('Spokesperson of Kebbira state governor Malam Idris Sule confirmed the attack. Kebbira state acting governor Musa Bello visited the town.');
    expect(kinds(r)).toMatchObject({ Kebbira: 'place' });
  });
});

describe('people set off by an apposition that only a person takes', () => {
  it('reads a pair described as "one of the … who" before a reporting verb as a person', () => {
    const r = extract('Tomas Verle, one of the patients who is treated in a clinic, told reporters: "I drank from the same bottle."');
    expect(kinds(r)).toMatchObject({ 'Tomas Verle': 'person' });
  });

  it('reads a pair whose apposition is a police officer’s title in initials as a person', () => {
    const r = extract('Ravi Mohan, the DIG of Kelmor range, said: "Eight people were arrested."');
    expect(kinds(r)).toMatchObject({ 'Ravi Mohan': 'person' });
  });

  it('reads the one-word name a speaker gives themself as a person', () => {
    const r = extract('"They fired at everyone," said a driver who identified himself as Karim, speaking near the gate.');
    expect(kinds(r)).toMatchObject({ Karim: 'person' });
  });
});

describe('a one-word name after a quotation, set off by a short apposition', () => {
  it('finds the name and reads it as the person who asked', () => {
    const r = extract('Water rose fast. “Why did nobody warn us about the flood?” Velusamy, a local, asked.');
    expect(kinds(r)).toMatchObject({ Velusamy: 'person' });
    // An adverb after a quotation opens no name: no short apposition follows it.
    const s = extract('“We waited all night.” Meanwhile, the rescuers said the road was shut.');
    expect(Object.keys(kinds(s))).not.toContain('Meanwhile');
  });
});
