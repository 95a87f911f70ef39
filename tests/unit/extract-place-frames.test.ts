// Places framed by the words of news around them: a list after "districts including", counts of people "from" a name,
// seats and votes, landforms, a compass adjective with a place noun, oceans.
import { describe, expect, it } from 'vitest';
import { extract, type Gazetteer } from '../../src/extract';
import { kinds } from './extract-source-helpers';

const kindsOf = (text: string) => kinds(extract(text));

describe('lists of places', () => {
  it('places every item of a list after a plural place noun and "including"', () => {
    const k = kindsOf('According to the Kelmor Relief Agency, 68 people are missing from districts including Ostrava, Kelmu, Varnet, Dorrin, and Kelmoro. Kelmoro was worst hit.');
    expect([k['Ostrava'], k['Kelmu'], k['Varnet'], k['Dorrin'], k['Kelmoro']]).toEqual(['place', 'place', 'place', 'place', 'place']);
    expect(k['Kelmor Relief Agency']).not.toBe('place');
  });

  it('leaves a list of bodies after "agencies including" as it was', () => {
    const k = kindsOf('Aid came from agencies including Ostra Relief, Varn Care and Dorrin Aid.');
    expect([k['Ostra Relief'], k['Varn Care']]).not.toContain('place');
  });

  it('places every item of a list a plural place noun heads as the subject of "include", though one speaks from there', () => {
    const text = 'The areas the fighters came from include Ostrav, Melda, Rafin Kelmo, Darvi and Sankoi. A fighter leader in Kelmo told KTV that the bodies were taken away.';
    const k = kindsOf(text);
    expect([k['Ostrav'], k['Melda'], k['Rafin Kelmo'], k['Darvi'], k['Sankoi']]).toEqual(['place', 'place', 'place', 'place', 'place']);
    expect(extract(text).claims.map((c) => c.attributedTo)).not.toContain('Rafin Kelmo');
    // People the winners "include" stay people.
    expect(kindsOf('The winners this year include Ana Ruiz, Bo Lund and Dana Holt, who all said so.')['Ana Ruiz']).toBe('person');
  });

  it('places a one-word name that a count of people comes from', () => {
    const k = kindsOf('Of the dead, at least 20 were from Ostrava, 15 from Kelmu and 5 each from Varnet and Dorrin. Ostrava officials said the toll would rise.');
    expect([k['Ostrava'], k['Kelmu'], k['Dorrin']]).toEqual(['place', 'place', 'place']);
    expect(kindsOf('Twelve were from Ostra Relief, which said so.')['Ostra Relief']).not.toBe('place');
  });
});

describe('seats and votes', () => {
  it('places a name after "constituencies of" and one before "by-elections"', () => {
    const k = kindsOf('The party won by-elections held in 20 constituencies of Kelmora, Ana Ruiz said. He referred to the Dasko by-elections to back his claim.');
    expect([k['Kelmora'], k['Dasko']]).toEqual(['place', 'place']);
  });

  it('places no body named right after the place, with no list going on', () => {
    const k = kindsOf('After by-elections in 20 constituencies of Kelmora, Ostra Tehreek-i-Varn (OTV) Chairman Ana Ruiz demanded polls. OTV won.');
    expect([k['Kelmora'], k['Ostra Tehreek-i-Varn']]).toEqual(['place', 'other']);
  });
});

describe('landforms and framed places', () => {
  it('places a name before a landform’s lower-case noun, not before "coast guard"', () => {
    expect(kindsOf('The storm will head across the Varrawaddy delta, the Kelmor Warning Center said.')['Varrawaddy']).toBe('place');
    expect(kindsOf('The Ostra coast guard said 12 people were rescued.')['Ostra']).not.toBe('place');
  });

  it('places a name between a compass adjective and a place noun, over its other uses', () => {
    const text = 'Rescue work went on in Ostra’s southern Kelmora state on Wednesday, officials said. Kelmora’s minister for forests spoke. Rain fell across Kelmora. Kelmora’s summers are wet.';
    expect(kindsOf(text)['Kelmora']).toBe('place');
    // One use with a place noun among others that say nothing decides nothing.
    expect(kindsOf('Kelmora state officials met. Kelmora’s minister spoke. Kelmora said so. Kelmora agreed.')['Kelmora']).not.toBe('place');
  });
});

describe('oceans', () => {
  const outlet: Gazetteer = { kindOf: (name) => (name === 'Atlantic' ? 'outlet' : null) };
  it('reads an ocean after "in the" as the ocean, though a pack knows an outlet of that name', () => {
    const r = extract('The cyclone, known as a hurricane in the Atlantic and a typhoon in the Pacific, could kill 500, the spokesman said.', { gazetteer: outlet });
    expect(kinds(r)['Atlantic']).toBe('place');
  });

  it('keeps the outlet a writer writes in', () => {
    expect(kinds(extract('Ana Ruiz wrote in the Atlantic that 500 people died.', { gazetteer: outlet }))['Atlantic']).toBe('outlet');
  });
});

describe('capitals and residents', () => {
  it('places a name set beside a capital, though a reporting verb follows it', () => {
    const k = kindsOf('The Dorrin Courier, printed in the island state\'s capital, Vel Arno, reported that 12 homes had burned.');
    expect(k['Vel Arno']).toBe('place');
    expect(k['Dorrin Courier']).toBe('outlet');
    expect(kindsOf('Ana Ruiz, who heads Varn Capital, said the fund would grow.')['Ana Ruiz']).toBe('person');
  });

  it('places the name whose residents tell of an attack', () => {
    const k = kindsOf('Residents of Ostra-Dari in Kelmor State described how gunmen burned the market.');
    expect(k['Ostra-Dari']).toBe('place');
    expect(kindsOf('Ana Ruiz of Kelmor Relief said the residents were safe.')['Kelmor Relief']).not.toBe('place');
  });
});
