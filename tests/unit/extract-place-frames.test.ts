// Places framed by the words of news around them: a list after "districts including", counts of people "from" a name.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
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

  it('places a one-word name that a count of people comes from', () => {
    const k = kindsOf('Of the dead, at least 20 were from Ostrava, 15 from Kelmu and 5 each from Varnet and Dorrin. Ostrava officials said the toll would rise.');
    expect([k['Ostrava'], k['Kelmu'], k['Dorrin']]).toEqual(['place', 'place', 'place']);
    expect(kindsOf('Twelve were from Ostra Relief, which said so.')['Ostra Relief']).not.toBe('place');
  });
});
