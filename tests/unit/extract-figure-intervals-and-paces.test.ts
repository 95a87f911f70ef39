// Stretches of time that say how often, how fast, over what time or when, no amount: "every 20 minutes", "in just 15
// minutes", "during the four years that", "45 minutes later", and how long people camped somewhere.
import { describe, expect, it } from 'vitest';
import { figure, phrases } from './extract-helpers';

describe('how often: "every N minutes"', () => {
  it('skips an interval', () => {
    expect(phrases('Levels in the Varn reservoir were read at least every 20 minutes.')).toEqual([]);
  });
  it('keeps how long a stoppage lasted, with "every" after it', () => {
    expect(figure('Workers in Varn walked out for 20 minutes every morning.', '20').unit).toBe('minutes');
  });
});

describe('over what time: "during the N years that"', () => {
  it('skips the stretch a clause goes on over', () => {
    expect(phrases('During the more than four years that the council has ruled Ostra, traders have marched often.')).toEqual([]);
  });
  it('keeps how long a strike lasted, with "during" after it', () => {
    expect(figure('Ostra drivers struck for four days during the Varn talks.', 'four').unit).toBe('days');
  });
});

describe('how fast: "in just N minutes"', () => {
  it('skips the pace of a growth and keeps the levels reached', () => {
    expect(phrases('Officers said the Kelmor crowd grew in just 15 minutes to 40,000.')).toEqual(['40,000']);
  });
  it('keeps a span with no word of speed, and years after "in just"', () => {
    expect(figure('The Kelmor vigil went on for just 15 minutes.', '15').unit).toBe('minutes');
    expect(figure('The Varn glacier shrank in just three years, the survey said.', 'three').unit).toBe('years');
  });
});

describe('when: minutes or hours "later"', () => {
  it('skips a moment past 24 minutes after another', () => {
    expect(phrases('Officers said the Kelmor crowd reached 40,000, and then 90,000 some 45 minutes later at noon.')).toEqual(['40,000', '90,000']);
  });
  it('keeps minutes "longer"', () => {
    expect(phrases('The Kelmor march ran 45 minutes longer than planned, officers said.')).toEqual(['45']);
  });
});

describe('how long people camped', () => {
  it('skips "had been camped for N weeks"', () => {
    expect(phrases('Farmers had been camped for three weeks at the Ostra toll gate when officers moved in.')).toEqual([]);
  });
  it('keeps a sentence served', () => {
    expect(figure('The Ostra farmer had been jailed for three weeks.', 'three').unit).toBe('weeks');
  });
});
