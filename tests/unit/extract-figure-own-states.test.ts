// What befell whom: a count followed by its own state keeps it, and things, temperatures and survivors count no toll.
import { describe, expect, it } from 'vitest';
import { figure, figures } from './extract-helpers';

const read = (text: string) => figures(text).map((f) => [f.value, f.unit, f.about]);

describe('a count that names its own state after "and"', () => {
  it('keeps survivors out of the missing, and the missing bare', () => {
    expect(read('The Varn pit office listed 18 dead with 6 survivors and 27 unaccounted for.')).toEqual([
      [18, null, 'killed'],
      [6, 'survivors', null],
      [27, null, 'missing'],
    ]);
  });
  it('still shares the verb of two counts joined by "and"', () => {
    expect(read('Eight rebels and one soldier were killed in Varn.')).toEqual([
      [8, 'rebels', 'killed'],
      [1, 'soldier', 'killed'],
    ]);
  });
  it('keeps the infected out of the deaths told after them', () => {
    expect(read('The three Ostra districts logged 2,140 infected people and 96 deaths.')).toEqual([
      [2140, 'infected people', null],
      [96, 'deaths', 'killed'],
    ]);
  });
  it('reads no toll in "one case and no deaths", and keeps the case', () => {
    expect(read('Kelm reported one case and no deaths.')).toEqual([[1, 'case', null]]);
    expect(read('Kelm reported one case and four deaths.')).toEqual([
      [1, 'case', null],
      [4, 'deaths', 'killed'],
    ]);
  });
});

describe('bodies, things and temperatures', () => {
  it('counts bodies as the dead whatever state follows them', () => {
    expect(figure('Divers brought up 28 bodies while an unknown number of others are still missing.', '28').about).toBe('killed');
    expect(figure('Rescuers said 28 people remain missing.', '28').about).toBe('missing');
  });
  it('counts no toll of craft, and keeps the toll it names', () => {
    expect(read('The death toll after the sinking of two ferries off the Varn shore has climbed to 51.')).toEqual([
      [2, 'ferries', null],
      [51, null, 'killed'],
    ]);
  });
  it('counts no toll of a temperature, and keeps the toll', () => {
    expect(read('Scores are feared dead in Ostra as temperatures reached 46 degrees Celsius.')).toEqual([[46, 'degrees Celsius', null]]);
    expect(read('Nine people died in Ostra as temperatures reached 46 degrees Celsius.')).toEqual([
      [9, 'people', 'killed'],
      [46, 'degrees Celsius', null],
    ]);
  });
  it('counts victims buried, bodies cremated and those laid to rest as the dead; not victims told of at their funeral', () => {
    expect(figure('Over the past week, 64 fever victims were buried in the Varn cemetery.', '64').about).toBe('killed');
    expect(figure('The Ostra crematorium has cremated more than 70 bodies a day.', 'more than 70').about).toBe('killed');
    expect(figure('Grave diggers said that nearly 1400 laid to rest in May had the fever.', 'nearly 1400').about).toBe('killed');
    expect(figure('The 64 victims were buried on Friday.', '64').about).toBeNull();
  });
});
