// What a number named by a noun for a count ("the toll at", "its total of", "the tally is", "it is") counts,
// and counts of areas or of a part of a group just counted, which are no tolls.
import { describe, expect, it } from 'vitest';
import { figure, discrepancies } from './extract-helpers';

describe('a toll named right before its number', () => {
  it('counts the dead, though the count after it is of the missing', () => {
    const text = 'Nobody agrees on how many people were killed in the floods. The Interior Ministry put the toll at 2,310 with about 800 missing.';
    expect(figure(text, '2,310').about).toBe('killed');
    expect(figure(text, 'about 800').about).toBe('missing');
  });
});

describe('a total after other figures of its sentence', () => {
  it('counts the dead the sentence counts', () => {
    const text = 'The Ports Agency said on Friday that 4,120 people died - 1650 more than the number cited by the Coast Guard, which stuck by its total of 2,470.';
    expect(figure(text, '2,470').about).toBe('killed');
  });
});

describe('a tally with its noun left out', () => {
  it('counts what the text is about after "the real tally here is"', () => {
    const text = 'Officials and clinics disagree on the number of deaths from the fever. Clinic sources insist the real tally here is 61.';
    expect(figure(text, '61').about).toBe('killed');
  });
  it('counts what the count before it counts after "it is"', () => {
    const text = 'While the city data shows only four deaths, clinic sources claim it is 39.';
    expect(figure(text, '39').about).toBe('killed');
  });
});

describe('counts that are no tolls', () => {
  it('leaves out a count of countries or villages', () => {
    expect(figure('It is hard to estimate an overall death toll for the 7 countries affected.', '7').about).toBeNull();
  });
  it('leaves out a count picked out of a group just counted after a dash', () => {
    const text = 'A clinic spokesman said they had treated six pupils — three complained of neck injuries.';
    expect(figure(text, 'three').about).toBeNull();
  });
  it('leaves out people moved from the list of the missing to that of the dead', () => {
    const text = 'The ministry said more than 900 people previously listed as missing were now considered dead.';
    expect(figure(text, 'more than 900').about).toBeNull();
    expect(figure('Rescuers said 40 people were missing.', '40').about).toBe('missing');
  });
  it('reads a forecast of the final toll as a forecast of the dead, in no row', () => {
    const text = 'The floods killed 300 people in the valley. Both agencies expect the final death toll to exceed 5,000.';
    expect(figure(text, 'exceed 5,000').about).toBe('killed');
    expect(discrepancies(`Police said 300 people were killed. ${text.slice(text.indexOf('Both'))}`)).toEqual([]);
  });
});
