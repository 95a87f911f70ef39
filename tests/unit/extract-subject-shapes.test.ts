// Named subjects in longer sentence shapes: the figure goes to the person or body the clause names as its reporter.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { figure } from './extract-helpers';

const source = (text: string, phrase: string): string | null | undefined => figure(extract(text), phrase).claim.attributedTo;

describe('"…, while NAME, who heads …, reported 30"', () => {
  it('gives the joined clause to its own subject past a relative clause with commas in it', () => {
    const text = 'Home Secretary Dara Velmont counted 11 deaths, while Kemal Oduya, who leads the search, relief and recovery teams of the Varn Relief Council, reported 30 bodies found.';
    expect(source(text, '11')).toBe('Dara Velmont');
    expect(source(text, '30')).toBe('Kemal Oduya');
  });
  it('leaves the figure with the first speaker where the relative clause ends in no reporting verb', () => {
    const text = 'Home Secretary Dara Velmont counted 11 deaths, while Kemal Oduya, who leads the search, relief and recovery teams of the Varn Relief Council, toured 30 villages.';
    expect(source(text, '30')).toBe('Dara Velmont');
  });
});

describe('a body, a title and abbreviated ranks before the name', () => {
  it('reads "Varn Army chief Gen. NAME reported" as that person', () => {
    expect(source('Dara Velmont counted 11 deaths, while Varn Army chief Gen. Kemal Oduya reported 30 bodies.', '30')).toBe('Kemal Oduya');
  });
  it('reads the body\'s short form in brackets before the title', () => {
    expect(source('Dara Velmont counted 11 deaths, while Varn Defence Force (VDF) chief Gen. Kemal Oduya reported 30 bodies.', '30')).toBe('Kemal Oduya');
  });
  it('reads "said army spokesman Maj. Gen. NAME" as that person', () => {
    expect(source('Trucks had moved at least 6,500 people out of the valley, said army spokesman Maj. Gen. Kemal Oduya.', 'at least 6,500')).toBe('Kemal Oduya');
  });
  it('gives nothing where no reporting verb stands before the ranks', () => {
    expect(source('Trucks had moved at least 6,500 people out of the valley, led by army spokesman Maj. Gen. Kemal Oduya.', 'at least 6,500') ?? null).toBeNull();
  });
});
