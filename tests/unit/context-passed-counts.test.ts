// "More than 60" and exactly 60 cannot both be true: one source says the toll passed the count the other gives.
import { describe, expect, it } from 'vitest';
import { agree, differ } from '../../src/context/figures-agree';
import { placedDiscrepancies } from './extract-helpers';

describe('a count said to be passed and the count itself', () => {
  const police = '"So far, 60 people have died, and the number has not grown," police spokesman Dario Lenz told reporters.';

  it('"more than 60" and 60 differ', () => {
    expect(agree({ value: 60, comparator: '>' }, { value: 60, comparator: '=' })).toBe(false);
    expect(differ({ value: 60, comparator: '=' }, { value: 60, comparator: '>' })).toBe(true);
  });

  it('"at least 60" and "about 60" still agree with 60, and "more than 60" with "more than 60"', () => {
    expect(agree({ value: 60, comparator: '>=' }, { value: 60, comparator: '=' })).toBe(true);
    expect(agree({ value: 60, comparator: '~' }, { value: 60 })).toBe(true);
    expect(agree({ value: 60, comparator: '>' }, { value: 60, comparator: '>' })).toBe(true);
  });

  it('a union saying more than 60 died and the police saying 60 make a row', () => {
    const union = 'The Ostra Fans Union said that more than 60 people were killed in the stampede at Kelmor Stadium in Varn District.';
    expect(placedDiscrepancies(`${union} ${police}`)).toEqual([['killed', ['Varn District'], ['60 Ostra Fans Union', '60 Dario Lenz']]]);
  });

  it('a union saying at least 60 died and the police saying 60 make none', () => {
    const union = 'The Ostra Fans Union said at least 60 people died in the stampede at Kelmor Stadium in Varn.';
    expect(placedDiscrepancies(`${union} ${police}`)).toEqual([]);
  });

  it('the union leader telling the same dispute again at the stadium the row holds adds no second row', () => {
    const union = 'The Ostra Fans Union said that more than 60 people were killed at Kelmor Stadium and in Varn District.';
    const leader = 'Earlier, Tomas Brell, who leads the union, had said the number of dead from the Kelmor Stadium crush had exceeded 60.';
    expect(placedDiscrepancies(`${union} ${police} ${leader}`)).toEqual([
      ['killed', ['Kelmor Stadium', 'Varn District'], ['60 Ostra Fans Union', '60 Dario Lenz']],
    ]);
  });

  it('the same counts at a place the row does not hold stay a row of their own', () => {
    const union = 'The Ostra Fans Union said that more than 60 people were killed at Kelmor Stadium and in Varn District.';
    const leader = 'Earlier, Tomas Brell, who leads the union, had said the death toll at the Brisk Arena had exceeded 60.';
    expect(placedDiscrepancies(`${union} ${police} ${leader}`)).toEqual([
      ['killed', ['Kelmor Stadium', 'Varn District'], ['60 Ostra Fans Union', '60 Dario Lenz']],
      ['killed', ['Brisk Arena'], ['60 Dario Lenz', '60 Tomas Brell']],
    ]);
  });
});

describe('a toll named only to say it is wrong', () => {
  const told = 'The Ostra Fans Union said that at least 80 people were killed in the stampede at Kelmor Stadium. "So far, 60 people have died," police spokesman Dario Lenz told reporters.';

  it('"the death toll of 60 was not in keeping with what he saw" is not the speaker\'s count', () => {
    const leader = 'Union leader Tomas Brell said the death toll of 60 was not in keeping with what he saw at the gates.';
    expect(placedDiscrepancies(`${told} ${leader}`)).toEqual([['killed', ['Kelmor Stadium'], ['60 Dario Lenz', '80 Ostra Fans Union']]]);
  });

  it('"the death toll of 60 was in keeping with what he saw" stays his', () => {
    const leader = 'Union leader Tomas Brell said the death toll of 60 was in keeping with what he saw at the gates.';
    expect(placedDiscrepancies(`${told} ${leader}`)).toEqual([['killed', ['Kelmor Stadium'], ['60 Dario Lenz', '60 Tomas Brell', '80 Ostra Fans Union']]]);
  });
});
