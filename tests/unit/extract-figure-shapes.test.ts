// Shapes of figures: a round "half a million", units glued to digits, "the range of A and B", a rise
// "gone up to" a level, a month opening the next sentence, and a range after a verb's particle ("brought down 10 to 12").
import { describe, expect, it } from 'vitest';
import { figure, phrases } from './extract-helpers';

describe('figure shapes', () => {
  it('"half a million" with no comparator is about half a million', () => {
    const f = figure('Organizers put the crowd at half a million on Sunday.', 'half a million');
    expect([f.comparator, f.value]).toEqual(['~', 500000]);
    expect(figure('More than half a million people marched.', 'More than half a million').comparator).toBe('>');
  });

  it('"240km", "12kg", "8mm" are figures with their unit', () => {
    const text = 'The road to Varn is 240km long, and 12kg of rice and 8mm of rain were measured there.';
    expect(['240km', '12kg', '8mm'].map((p) => figure(text, p).unit)).toEqual(['km', 'kg', 'mm']);
  });

  it('"in the range of 1.5 and 2 percent" is one range', () => {
    const f = figure('The ministry expects inflation in the range of 1.5 and 2 percent.', '1.5 and 2 percent');
    expect([f.comparator, f.value, f.upTo, f.unit]).toEqual(['>=', 1.5, 2, '%']);
    expect(phrases('The ministry expects inflation in the range of 1.5 and 2 percent.')).toHaveLength(1);
  });

  it('"the toll has gone up to seven" is a rise to seven, not at most seven; "up to 20 people" stays a ceiling', () => {
    expect(figure('The fire chief said the death toll has gone up to seven.', 'seven').comparator).toBe('=');
    expect(figure('Up to 20 people died in the fire.', 'Up to 20').comparator).toBe('<=');
  });

  it('a month opening the next sentence does not make a count a date', () => {
    expect(figure('The organizers claimed a turnout of 640,000.\nMarch organizers in Boston said less.', '640,000').value).toBe(640000);
  });
});

describe('a range after a verb\'s particle', () => {
  it('reads "brought down 10 to 12" as one range, not a change of 10 then a level of 12', () => {
    expect(phrases('“Otherwise, the Ostra air force could have brought down 10 to 12,” he said.')).toEqual(['10 to 12']);
    const f = figure('The Varn army shot down 3 to 4 drones.', '3 to 4');
    expect([f.value, f.upTo, f.unit]).toEqual([3, 4, 'drones']);
  });

  it('still reads "down 10 to 12 cents" as a change, then a level', () => {
    expect(phrases('Kelmor shares were down 10 to 12 cents.')).toEqual(['10', '12']);
  });
});
