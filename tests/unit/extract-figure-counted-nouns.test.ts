// What a bare count counts when its noun is told away from it (counted-nouns.ts).
import { describe, expect, it } from 'vitest';
import { figure } from './extract-helpers';

describe('a noun told away from its count', () => {
  it('reads the noun of the second of two counts joined by "or"', () => {
    expect(figure('Crew members said 310 or 312 men, women and children sailed on the Varn ferry.', '310').unit).toBe('people');
    expect(figure('Crew members said 310 or 312 men were aboard the Varn ferry.', '310').unit).toBe('men');
  });
  it('keeps the noun a count has of its own before "or"', () => {
    expect(figure('Crew members said 310 adults or 312 men were aboard the Varn ferry.', '310').unit).toBe('adults');
  });
  it('reads the plural before "numbering" or "totalling"', () => {
    expect(figure('Raiders numbering about 40 stormed the Kelmor market.', 'about 40').unit).toBe('raiders');
    expect(figure('The gunmen numbering six fled towards Varn.', 'six').unit).toBe('gunmen');
  });
  it('reads a plural in quote marks right after the count', () => {
    expect(figure('The army said it had “neutralised” 52 “militants” near Ostra.', '52').unit).toBe('militants');
  });
  it('reads the noun after a model name and its code', () => {
    expect(figure('Kelmor Air flies 61 Avro 320-4 jets from Varn.', '61').unit).toBe('jets');
  });
  it('reads the plural of "the number of" said to seem or to have risen to a count', () => {
    expect(figure('The exact number of survivors in Ostra was unclear but appeared to be over 120.', 'over 120').unit).toBe('survivors');
    expect(figure('The number of miners trapped in the Varn pit since Monday has risen to 27, officials said.', '27').unit).toBe('miners');
  });
  it('reads counts of members for or against a motion as votes, and leaves a sentence with no motion alone', () => {
    const text = 'The Kelmor bill passed with 61 supporting it and 40 opposed.';
    expect([figure(text, '61').unit, figure(text, '40').unit]).toEqual(['votes', 'votes']);
    expect(figure('In Varn, 61 supporting the strikers marched to the mill.', '61').unit).toBe(null);
  });
  it('reads a bracketed count after a count and its noun, and a count set against another, as that noun', () => {
    const text = 'The Ostra list took 9 seats (4); the Varn bloc 12 seats (15).';
    expect([figure(text, '4').unit, figure(text, '15').unit]).toEqual(['seats', 'seats']);
    expect(figure('There were 41 pilgrims on the bus, instead of the original 45 said at first.', '45').unit).toBe('pilgrims');
  });
  it('reads a count short of a threshold as the noun of the count before it', () => {
    expect(figure('Only 30 senators came to Varn, three short of a quorum.', 'three').unit).toBe('senators');
  });
});

describe('a bare count said to be a plural', () => {
  it('reads "14 are children" as children', () => {
    const text = 'The Ostra Times said the number of dead stands at 31. Among them, 9 are children, 12 are women and 10 are men.';
    expect([figure(text, '9').unit, figure(text, '12').unit, figure(text, '10').unit]).toEqual(['children', 'women', 'men']);
  });
  it('keeps a count said to be "others" or a state bare', () => {
    expect(figure('Among them, 9 are others from Varn.', '9').unit).toBeNull();
  });
});
