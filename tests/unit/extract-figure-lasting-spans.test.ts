// How long something lasts, when a moment fell, how far a place lies in travel time: spans of time that count nothing.
import { describe, expect, it } from 'vitest';
import { figure, phrases } from './extract-helpers';

describe('spans of time that count nothing', () => {
  it('skips how long something goes on ("will continue for four days"), and keeps a strike\'s planned length', () => {
    expect(phrases('The vaccine drive opens on June 3 and will continue for four days in every Varn district.')).toEqual([]);
    expect(phrases('The Ostra walkout continues for at least two more weeks, the union said.')).toEqual([]);
    expect(figure('Ostra nurses will strike for four days in June.', 'four').unit).toBe('days');
  });

  it('skips a forecast\'s "during next four-five days", and keeps a count in those days', () => {
    expect(phrases('Snow is expected over Varn during next four-five days.')).toEqual([]);
    expect(figure('Snow is expected over Varn during next four-five days, and 30 roads are shut.', '30').unit).toBe('roads');
  });

  it('skips days of mourning declared, and keeps days of rain', () => {
    expect(phrases('The Ostra cabinet declared five days of national mourning.')).toEqual([]);
    expect(figure('Ostra had five days of heavy rain, the cabinet said.', 'five').unit).toBe('days');
  });

  it('skips how far into a trip something befell ("50 minutes into the flight"), and keeps minutes a delay lasted', () => {
    expect(phrases('The Varn plane turned back 50 minutes into the flight, the airline said.')).toEqual([]);
    expect(figure('The Varn flight was delayed by 50 minutes.', '50').unit).toBe('minutes');
  });

  it('skips how long a ban on doing something lasts, and keeps a jail term', () => {
    expect(phrases('A Varn court barred the mayor from travelling abroad for 30 months.')).toEqual([]);
    expect(figure('A Varn court jailed the mayor for 30 months.', '30').unit).toBe('months');
  });

  it('skips a travel time from a place that places a spot, and keeps one from a weekday that says when', () => {
    expect(phrases('Nine bodies were found at a cove about four hours from the provincial capital.')).toEqual(['Nine']);
    expect(phrases('Nine bodies were found at a cove two days from Ostra.')).toEqual(['Nine']);
    expect(figure('The Varn bridge was shut for four hours from Monday.', 'four').unit).toBe('hours');
  });
});
