// Amounts and lengths written in compounds or with a glued scale, a price's change before its level, a body's drop, doubted counts.
import { describe, expect, it } from 'vitest';
import { extract, type Figure } from '../../src/extract';
import { figure } from './extract-helpers';

/** Every figure of the text's figure claims, as "comparator value change unit". */
const read = (text: string): string[] =>
  extract(text)
    .claims.filter((c) => c.kind === 'figure')
    .map((c) => c.figures[0]!)
    .map((f: Figure) => `${f.comparator}${f.value} ${f.change ?? '-'} ${f.unit ?? '-'}`);

describe('lengths and amounts closing a compound', () => {
  it('reads "a 300-feet ravine" and "a 20-foot wall" as lengths in feet', () => {
    expect(read('The truck plunged into a 300-feet ravine.')).toEqual(['=300 - feet']);
    expect(read('Workers built a 20-foot wall.')).toEqual(['=20 - feet']);
  });

  it('reads "the average 41-cent estimate" as an amount in cents', () => {
    expect(read('Its loss missed the average 41-cent estimate of analysts.')).toEqual(['=41 - cents']);
  });
});

describe('adjectives of how often or which way', () => {
  it('reads no figure in "a one-off gain", "a one-time charge" or "a two-way swing", only the amount after them', () => {
    expect(read('Ostra Holdings said profit rose without a one-off gain of $15 million.')).toEqual(['=15000000 - $']);
    expect(read('Varn Bank booked a one-time charge of $4 million.')).toEqual(['=4000000 - $']);
    expect(read('Kelmor shares saw a two-way swing of 3%.')).toEqual(['=3 - %']);
  });

  it('still reads "a 5,000-job cut" as a fall of 5,000 jobs', () => {
    expect(read('Ostra Steel announced a 5,000-job cut.')).toEqual(['=5000 fall jobs']);
  });
});

describe('a scale glued to digits before a currency word', () => {
  it('reads "5m naira" as five million naira, and "20m shillings" likewise', () => {
    expect(read('The gang leader had a bounty of 5m naira on his head.')).toEqual(['=5000000 - naira']);
    expect(read('The firm paid 20m shillings in fines.')).toEqual(['=20000000 - shillings']);
  });

  it('still reads a bare "m" after digits as metres, no figure of money', () => {
    expect(read('A 10m wall was built.')).toEqual([]);
  });
});

describe('a price’s change, then the level it reached', () => {
  it('reads "losing 12 cents to $5.37" as a fall in cents and a level, not one range', () => {
    expect(read('Acme shares closed at $5.20 after losing 12 cents to $5.37 in early trading.')).toEqual(['=5.2 - $', '=12 fall cents', '=5.37 - $']);
    expect(read('Crude futures gained 19 cents to $71.40.')).toEqual(['=19 rise cents', '=71.4 - $']);
  });

  it('reads the change the same when a comma sets the level off: "lost 41 cents, to $18.20"', () => {
    expect(read('Shares of Acme lost 41 cents, to $18.20, in early trade.')).toEqual(['=41 fall cents', '=18.2 - $']);
    expect(read('Brent crude gained $1.15, to $83.60 a barrel.')).toEqual(['=1.15 rise $', '=83.6 - $']);
  });

  it('still reads "from 94 cents to $1.03" as one range, and money lost to something else as no change', () => {
    expect(read('Prices ranged from 94 cents to $1.03.')).toEqual(['>=0.94 - $']);
    expect(read('The firm lost $5 million to fraud.')).toEqual(['=5000000 - $']);
  });
});

describe('a body falling through a length', () => {
  it('reads "fell about 90 feet" of a vehicle as a measure, its conversion too', () => {
    expect(read('The van fell about 90 feet, or 27 meters, to the river below.')).toEqual(['~90 - feet', '~27 - meters']);
  });

  it('still reads a level that fell by a length, and shares that fell by a percentage, as falls', () => {
    expect(read('The river level fell two feet overnight.')).toEqual(['=2 fall feet']);
    expect(read('Acme shares fell 4.4 percent.')).toEqual(['=4.4 fall %']);
  });
});

describe('the counted noun and doubted counts', () => {
  const text = 'He feared troops would show farmers as among the 12 rebels they’ve supposedly killed.';

  it('ends the counted noun before a pronoun with a contracted verb', () => {
    expect(figure(text, '12').unit).toBe('rebels');
  });

  it('gives a count the speaker doubts as another’s claim no event', () => {
    expect(figure(text, '12').about).toBeNull();
    expect(figure('The army said it killed 12 rebels.', '12').about).toBe('killed');
  });
});
