// What a count counts where no noun of its own follows it: a place's population, a noun in round brackets, a count
// picked out of the group before it ("of which"), and a table line's label.
import { describe, expect, it } from 'vitest';
import { figure } from './extract-helpers';

describe('a place\'s population', () => {
  it('counts people in "the nation of 240 million stands with the army"', () => {
    expect(figure('He said the nation of 240 million stands shoulder to shoulder with the army of Ostra.', '240 million').unit).toBe('people');
  });

  it('keeps a plural noun of its own after it', () => {
    expect(figure('The Varn region of 5,000 square kilometres was flooded.', '5,000').unit).toBe('square kilometres');
  });
});

describe('a noun in round brackets', () => {
  it('reads "more than 200 (soldiers) dead" as soldiers killed', () => {
    const f = figure('A statement from the Ostra army said the clashes left more than 200 (soldiers) dead.', 'more than 200');
    expect([f.unit, f.about]).toEqual(['soldiers', 'killed']);
  });

  it('still leaves a conversion in brackets a figure of its own', () => {
    expect(figure('The Kelmor pipeline runs 600 kilometers (375 miles) to the coast.', '600').unit).toBe('kilometers');
  });
});

describe('a count picked out of the group before it', () => {
  it('gives "of which 72" the noun of "about 220 soldiers"', () => {
    expect(figure('There were about 220 soldiers there, of which 72 were in contact, an Ostra officer said.', '72').unit).toBe('soldiers');
  });

  it('gives "four of whom" the noun of "41 people" before it, but not across a sentence', () => {
    expect(figure('Varn Hospital treated 41 people for burns, four of whom were in a critical condition.', 'four').unit).toBe('people');
    expect(figure('Varn Hospital treated 41 people for burns. Four of whom were critical, it said.', 'Four').unit).toBeNull();
  });
});

describe('a table line\'s label', () => {
  it('counts votes in "Total votes cast - 13,119,460"', () => {
    expect(figure('Total votes cast - 13,119,460 representing 79 per cent of the Ostra roll.', '13,119,460').unit).toBe('votes');
  });

  it('reads no label from a singular noun', () => {
    expect(figure('Total revenue - 1,204 was reported in Varn.', '1,204').unit).toBeNull();
  });
});

describe('the earlier value a level replaced', () => {
  it('counts what the level counts in "climbed to 69 people, …, from the previously reported 37"', () => {
    const f = figure('The death toll in Ostra climbed to 69 people, according to media reports, from the previously reported 37.', '37');
    expect([f.unit, f.about]).toEqual(['people', 'killed']);
  });

  it('still leaves a bare "from 37" after the level as it was', () => {
    expect(figure('The death toll in Ostra climbed to 69 from 37.', '37').about).toBeNull();
  });
});
