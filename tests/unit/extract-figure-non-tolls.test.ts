// Counts beside a toll that are no toll: a vehicle's load, a multiplier, the rest of a group named before;
// and a toll written in victims, which counts the dead.
import { describe, expect, it } from 'vitest';
import { discrepancyRows, figure } from './extract-helpers';

describe('a load told with "on board" or "aboard"', () => {
  it('counts who was aboard, no toll, though a toll follows in the clause', () => {
    expect(figure('The ferry had 45 passengers on board and the death toll is expected to climb, the harbour master said.', '45').about).toBe('aboard');
    expect(figure('The minibus had 18 people aboard and the death toll may rise.', '18').about).toBe('aboard');
    expect(figure('The Varn coast guard said up to 90 people were aboard.', 'up to 90').about).toBe('aboard');
    expect(figure('A charity believed there may have been 140 people on the 25-metre Ostra fishing boat.', '140').about).toBe('aboard');
  });
  it('sets rival counts of who was aboard side by side, and leaves a load that counts no people alone', () => {
    const text = 'The Kelmor Maritime Agency said 90 people were aboard. The Ostra Sea Rescue charity said there were 140 people on the boat.';
    expect(discrepancyRows(text)).toEqual(['aboard: =90 by Kelmor Maritime Agency | =140 by Ostra Sea Rescue']);
    expect(figure('The ship had 40 containers on board, Kelmor said.', '40').about).toBeNull();
  });
  it('leaves people who died on board as the dead', () => {
    expect(figure('Nine people died on board the ferry.', 'Nine').about).toBe('killed');
  });
});

describe('a multiplier "N times"', () => {
  it('counts no one, nor does a pair joined by "or"', () => {
    const text = 'The aid chief said the flood was perhaps four or five times worse than the storm of 2003 as far as the death toll goes.';
    expect(figure(text, 'four or five').about).toBeNull();
  });
});

describe('"the other N" of a group named before', () => {
  it('is a part of that group, no toll', () => {
    expect(figure('"Only three of my relatives got out. The other nine are buried under the rubble," the farmer said.', 'nine').about).toBeNull();
  });
});

describe('a toll counted in victims', () => {
  it('counts the dead', () => {
    expect(figure('An interior ministry spokesman on Monday raised the official toll to 2,340 victims of the flooding.', '2,340').about).toBe('killed');
  });
});

describe('a count the sentence says nobody gave', () => {
  it('is no toll', () => {
    expect(figure('No senior minister has mentioned a possible toll as high as 8,000 dead.', 'as high as 8,000').about).toBeNull();
    expect(figure('Nobody has confirmed 300 deaths yet.', '300').about).toBeNull();
  });
});
