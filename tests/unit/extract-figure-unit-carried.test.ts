// What a count counts, read where the noun is not right after it: the whole "out of" a count, a party's seats after a count
// of "parliamentary seats", the subject of a rise by a percentage, "ones" after its adjective, and a noun with the clause's
// verb glued on.
import { describe, expect, it } from 'vitest';
import { figure, figures } from './extract-helpers';

describe('the whole after "out of"', () => {
  it('counts what the part counts', () => {
    expect(figure('The Ostra alliance won 44 seats out of 90 in the council.', '90').unit).toBe('seats');
  });
  it('leaves a whole with a noun of its own', () => {
    expect(figure('The Ostra alliance won 44 seats out of 90 contested wards.', '90').unit).toBe('contested wards');
  });
});

describe('seats after a count of seats with a word before the noun', () => {
  it('gives a party\'s bare count seats', () => {
    expect(figure('Varn Unity won more, 41 parliamentary seats, and the conservative Kelmor 29.', '29').unit).toBe('seats');
  });
});

describe('the subject of a rise by a percentage', () => {
  it('counts the subject at the level reached', () => {
    expect(figure('Registered app users rose by 14.2 percent to 3.4 million, the Varn firm said.', '3.4 million').unit).toBe('users');
  });
  it('leaves an amount\'s subject out', () => {
    expect(figure('Sales rose by 14.2 percent to 3.4 million, the Varn firm said.', '3.4 million').unit).toBeNull();
  });
});

describe('"ones" after its adjective', () => {
  it('counts the adjective\'s people', () => {
    expect(figure('The toll in Ostra reached 88 and the number of wounded ones is 140.', '140').unit).toBe('wounded');
  });
});

describe('a plural noun with a verb glued on', () => {
  it('drops a verb with a determiner after it, or a past form', () => {
    expect(figure('Officials said 23 court files concern those arrested in Varn.', '23').unit).toBe('court files');
    expect(figures('Raiders left nine (9) barns burnt, and four (4) tractors stolen.').map((f) => f.unit)).toEqual(['barns', 'tractors']);
  });
  it('drops a verb before a plural object, after "more" too; keeps a noun whose plural comes first ("sales tax rates")', () => {
    expect(figure('Two more court files cover raids on Varn clinics, the judge said.', 'Two').unit).toBe('court files');
    expect(figure('Officials said 14 case files address threats against Ostra judges.', '14').unit).toBe('case files');
    expect(figure('Varn has set 12 sales tax rates this year.', '12').unit).toBe('sales tax rates');
  });
  it('keeps an adjective before the noun', () => {
    expect(figure('Police in Kelmor stopped 20 armed men at the border.', '20').unit).toBe('armed men');
  });
  it('drops a verb a preposition of place follows', () => {
    expect(figure('Some 14 cases occur outside the Varn valley each spring, the agency said.', 'Some 14').unit).toBe('cases');
  });
  it('keeps a noun of two words a preposition follows', () => {
    expect(figure('Ostra cut 12 sales tax rates in March.', '12').unit).toBe('sales tax rates');
    expect(figure('Crews cleared 40 fallen trees across the Varn road.', '40').unit).toBe('fallen trees');
  });
});
