// Notations glued to the digits or set right after them: a speed, a temperature, "-plus", a scale before people, and where
// the noun after a count ends.
import { describe, expect, it } from 'vitest';
import { figure, figures, phrases } from './extract-helpers';

describe('a length glued to its digits, then the hour', () => {
  it('is a speed, as a spaced one is', () => {
    expect(figure('Gusts over Ostra could touch 140km per hour on Friday.', '140km').unit).toBe('km/h');
    expect(figure('The convoy moved at 70km an hour.', '70km').unit).toBe('km/h');
  });
  it('stays a length without the hour', () => {
    expect(figure('The new road to Varn runs 140km along the coast.', '140km').unit).toBe('km');
  });
});

describe('a capital C or F glued to the digits', () => {
  it('is a temperature where the sentence speaks of heat, a range when two are joined by "to"', () => {
    const text = 'Daytime temperatures climbed to 39C to 43C (102F to 109F) across three Kelmor districts on Monday.';
    expect(figure(text, '39C to 43C')).toMatchObject({ value: 39, upTo: 43, unit: 'degrees Celsius' });
    expect(figure(text, '102F to 109F')).toMatchObject({ value: 102, upTo: 109, unit: 'degrees Fahrenheit' });
    expect(figure('The heat in Varn reached 46C at noon.', '46C').unit).toBe('degrees Celsius');
  });
  it('is no figure elsewhere (a flat, a seat)', () => {
    expect(phrases('Police searched flat 12C in Ostra and seat 3F on the bus.')).toEqual([]);
  });
});

describe('"-plus" glued to the digits', () => {
  it('is a lower bound, as "plus" after a space is', () => {
    expect(figure('In Varn the count is 300-plus.', '300-plus')).toMatchObject({ value: 300, comparator: '>' });
    expect(figure('There were 80-plus deaths in Ostra.', '80-plus')).toMatchObject({ value: 80, comparator: '>', unit: 'deaths' });
  });
  it('leaves a sum alone', () => {
    expect(phrases('The score was 40 plus 5 in Ostra.')).not.toContain('40-plus');
  });
});

describe('"m" glued to the digits before people', () => {
  it('scales the number to millions', () => {
    expect(figure('Half of Varn’s 18m registered voters took part.', '18m')).toMatchObject({ value: 18e6, unit: 'registered voters' });
  });
  it('stays metres before anything else', () => {
    expect(figures('A 6m fence fell on two cars in Ostra.').map((f) => f.value)).not.toContain(6e6);
  });
});

describe('"a dozen" or "a hundred" before a participle', () => {
  it('counts, whatever word follows the participle', () => {
    expect(figure('Nine people died and more than a dozen wounded late Sunday in a fire in Varn.', 'more than a dozen')).toMatchObject({ value: 12, comparator: '>', about: 'injured' });
  });
  it('still drops a singular noun after "a" and a number in digits', () => {
    expect(phrases('The mayor began a 2 term plan in Ostra.')).toEqual([]);
  });
});

describe('the noun after a count', () => {
  it('ends before a verb whose object is a name', () => {
    expect(figure('Counts from 30 of the 140 wards give Kelmor’s party the lead.', '140').unit).toBe('wards');
  });
  it('ends before "due"', () => {
    expect(figure('The polls stayed open for four hours due to long queues.', 'four').unit).toBe('hours');
  });
  it('keeps a lower-case word before a lower-case one', () => {
    expect(figure('The group sent 40 relief trucks to Varn.', '40').unit).toBe('relief trucks');
  });
});

describe('a length right before "high" or "deep"', () => {
  it('is the size of the things named before "of", a measure the story reports', () => {
    expect(figure('Swells of up to five metres high battered the Varn coast, the port chief said.', 'up to five')).toMatchObject({ value: 5, comparator: '<=', unit: 'metres' });
  });
  it('still places what sits at that height or depth', () => {
    expect(phrases('The quake struck 12 km deep under Ostra.')).toEqual([]);
  });
});

describe('a glued "m" before two words of the people it counts', () => {
  it('scales "1.4m state sector workers" to millions', () => {
    const f = figure("Up to 60 per cent of the region's 1.4m state sector workers stayed home.", '1.4m');
    expect([f.value, f.unit]).toEqual([1400000, 'state sector workers']);
  });

  it('leaves "a 4m high wall" in metres, no count', () => {
    expect(figures('A 4m high wall fell on two workers.').map((f) => f.value)).toEqual([2]);
  });
});
