// Places the words of one use leave without a kind: items of a list beside places, landforms, datelines, residents, seats before a legislator's title.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { kinds } from './extract-source-helpers';

const kindsOf = (text: string) => kinds(extract(text));

describe('names listed beside places', () => {
  it('places every item of a list that one known place opens', () => {
    const k = kindsOf('Two died in Barangay Mailo, and one each in Barangays Kandam, Pangus, and Bungo. Centres opened in the Bicol region, Davao region, Karaga and the Kelmoro Region.');
    expect([k['Pangus'], k['Bungo'], k['Karaga']]).toEqual(['place', 'place', 'place']);
  });

  it('leaves a name listed beside a person as it was', () => {
    expect(kindsOf('Ana Ruiz and Varn said the road was closed.')['Varn']).not.toBe('place');
  });

  it('places the items of a list that ends in other places', () => {
    const k = kindsOf('The militants attacked forces at Ostra, Kelmu and other places. Offensives in the Varn valley, South Kelmoristan and other tribal regions weakened them.');
    expect([k['Kelmu'], k['South Kelmoristan']]).toEqual(['place', 'place']);
    expect(kindsOf('Ana Ruiz, Tom Varn and other officials said so.')['Tom Varn']).toBe('person');
  });

  it('places a town and its province after a sentence’s capital "In"', () => {
    const k = kindsOf('Ana Kwan, the mayor, spoke. In Kelmu, Eastern Ostra, 6,458 families were affected. The storm will return to Kelmu on Monday, and Kelmu is ready.');
    expect([k['Kelmu'], k['Eastern Ostra']]).toEqual(['place', 'place']);
  });
});

describe('places named by the words around them', () => {
  it('reads a valley’s name as a place', () => {
    expect(kindsOf('Refugees returned to the war-scarred Kelmor Valley. The town lies across the river from the Kelmor Valley’s main city.')['Kelmor Valley']).toBe('place');
  });

  it('reads a name before its residents, or after a compass adjective, as a place', () => {
    expect(kindsOf('Soldiers reached villages near the epicentre in Kelmu. Officials said 500 Kelmu residents were confirmed dead.')['Kelmu']).toBe('place');
    expect(kindsOf('A blast outside a school in northwestern Varnabad wounded a teacher, police said.')['Varnabad']).toBe('place');
  });

  it('reads a seat before a legislator’s title as a place, not a body or initials', () => {
    const k = kindsOf('“We cannot accept this,” Kelmu MP Ana Ruiz complained. Varn East MP Ravi Dutta agreed. Ostra Alliance MP Tom Varn said yes.');
    expect([k['Kelmu'], k['Varn East'], k['Ostra Alliance'], k['Ana Ruiz']]).toEqual(['place', 'place', 'organization', 'person']);
  });
});

describe('datelines in title case', () => {
  it('reads a town before a colon opening the text as a place, over a body’s noun later', () => {
    expect(kindsOf('Kelmand: Insurgents attacked five checkpoints. They fired on posts in the Kelmand tribal agency, officials said.')['Kelmand']).toBe('place');
    // A transcript's speakers open several lines so.
    expect(kindsOf('Ruizo: We will win.\nKelmar: We will not.')['Ruizo']).not.toBe('place');
  });

  it('reads the region in brackets after the town opening the text as a place', () => {
    expect(kindsOf('Kelmu (Varn Pradesh) [Ostria], May 1 (KNA): Prime Minister Ravi Dutta said on Wednesday that the vote was won.')['Varn Pradesh']).toBe('place');
  });
});
