// Tallies set side by side in one sentence, each with its own source: an apposition after the second source's name, a
// participle of measuring after "and", and a country that gives a toll.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { figure } from './extract-helpers';

describe('"X said 25 died, but Y, a local official, put the number at eight"', () => {
  it('gives the eight to Y, not to X', () => {
    const r = extract('The Kelmor Army said 25 rebels died, but Ana Ruiz, a local government official, put the number at eight.');
    expect(figure(r, 'eight').claim.attributedTo).toBe('Ana Ruiz');
    expect(figure(r, '25').claim.attributedTo).toBe('Kelmor Army');
  });
  it('leaves a named object with an apposition to the first source', () => {
    const r = extract('The Kelmor Army said 25 rebels died, but Ana Ruiz, a local government official, was not hurt.');
    expect(figure(r, '25').claim.attributedTo).toBe('Kelmor Army');
  });
});

describe('"with X putting the magnitude at 6.6 and Y gauging it at 7.0"', () => {
  it('gives each magnitude to its own body', () => {
    const r = extract('The quake hit Varn, with the Kelmor Survey putting the magnitude at 6.6 and the Ostra Seismic Center gauging it at 7.0.');
    expect(figure(r, '6.6').claim.attributedTo).toBe('Kelmor Survey');
    expect(figure(r, '7.0').claim.attributedTo).toBe('Ostra Seismic Center');
  });
});

describe('a country giving a toll', () => {
  it('reports "Kelmor has put the death toll at 22"', () => {
    const r = extract('Protests spread in the Kelmor province. Kelmor has put the death toll at 22.');
    expect(figure(r, '22').claim.attributedTo).toBe('Kelmor');
  });
  it('reports nothing for a country that puts people somewhere', () => {
    const r = extract('Protests spread in the Kelmor province. Kelmor put 10 people in jail.');
    expect(figure(r, '10').claim.attributedTo ?? null).toBeNull();
  });
});

describe('"X listed the number of dead at 1,430"', () => {
  it('gives the tally to X, as "put the number at" does', () => {
    expect(figure(extract('On Tuesday the Kelmor Red Cross listed the number of dead from the storm at 1,430.'), '1,430').claim.attributedTo).toBe('Kelmor Red Cross');
  });
  it('leaves a body listing things it sells, with no tally, without a source', () => {
    expect(figure(extract('Kelmor Bank listed 40 branches for sale.'), '40').claim.attributedTo).toBeNull();
  });
});
