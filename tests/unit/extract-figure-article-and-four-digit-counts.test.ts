// Counts the readings of compounds and years left out: "a million people" and "a hundred farm union branches" (no
// compound adjective after "a"), "grew well past 20,000" (a level crossed), "the 7000 claims" and "3902 listed missing
// people" (four digits no year).
import { describe, expect, it } from 'vitest';
import { figure, phrases } from './extract-helpers';

describe('"a" and a scale word before a plural', () => {
  it('counts "a million people", a plural with no "s"', () => {
    expect(figure('Officers in Varn judged that anger over fares drove a million people onto the roads on Friday.', 'a million').unit).toBe('people');
  });
  it('counts a plural after two singular words', () => {
    const f = figure('On Tuesday, more than a hundred farm union branches staged a sit-in at Ostra.', 'more than a hundred');
    expect([f.comparator, f.value, f.unit]).toEqual(['>', 100, 'farm union branches']);
  });
  it('keeps reading a compound adjective written without its hyphen', () => {
    expect(phrases('Ostra saw a hundred year flood on Friday.')).toEqual([]);
    expect(phrases('Kelmor signed a two year lease with Varn.')).toEqual([]);
  });
});

describe('a level crossed after a verb of growth', () => {
  it('reads "swelled well past 20,000" as more than 20,000', () => {
    const f = figure('By dusk the ranks of marchers in Ostra had swelled well past 20,000.', 'past 20,000');
    expect([f.comparator, f.value, f.change]).toEqual(['>', 20000, null]);
  });
  it('keeps "past" after no verb of motion a period', () => {
    expect(phrases('In the past 24 hours, officers in Varn arrested 31 people.')).toEqual(['31']);
  });
});

describe('four digits past any year', () => {
  it('counts "the 7000 claims" and "3902 listed unreachable people"', () => {
    expect(figure('Over 1000 people were traced from the 7000 reports of people nobody could reach.', '7000').unit).toBe('reports');
    expect(figure('Varn counts 3902 listed unreachable people and 1150 calls from people who are safe.', '3902').unit).toBe('listed unreachable people');
  });
  it('keeps a year before records a year', () => {
    expect(phrases('Auditors in Varn read the 2019 reports again.')).toEqual([]);
    expect(phrases('In 1998 registered people in Varn could vote by post.')).toEqual([]);
  });
});
