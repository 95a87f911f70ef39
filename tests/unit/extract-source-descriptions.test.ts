// Capitalised words that describe a body rather than name it: "A Peruvian TV network", "the Public Welfare agency", "a Kelmo tabloid".
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { byKind, mentionKinds } from './extract-source-helpers';

describe('a body described, not named', () => {
  it('reads a demonym and capitalised words after "a" before a body’s noun as a description, no source', () => {
    const r = extract('A Peruvian TV network claimed that 40 people died. "No one is left," it said.');
    expect(r.mentions).toEqual([]);
    expect(byKind(r, 'quote')).toEqual([null]);
  });

  it('reads capitalised field words after "the" before a body’s noun as a description, no source', () => {
    const r = extract('The Public Welfare agency said that cases span 9 states. "We see a decline," it said.');
    expect(r.mentions).toEqual([]);
    expect(byKind(r, 'quote')).toEqual([null]);
    // A word that is no field's keeps the name: "the Kelmor Rescue agency".
    expect(mentionKinds('The Kelmor Rescue agency said 9 people died.')).toEqual([['Kelmor Rescue', 'organization']]);
  });
});

describe('a place before the noun of one of many bodies', () => {
  it('reads a name after "a" or "an" before an outlet’s or a club’s noun as no outlet or organisation', () => {
    expect(mentionKinds('The headline of a Kelmo tabloid read "Gone". Rain fell in Kelmo state on Monday.')).toEqual([['Kelmo', 'place']]);
    expect(mentionKinds('The gunman opened fire in an Ostrava night club, killing 12.')).toEqual([['Ostrava', 'other']]);
    // A capital "A" opens a party's name, no article: "the centre-left A Just Kelmor party".
    expect(mentionKinds('A lawmaker of the centre-left A Just Kelmor party spoke.')).toEqual([['Just Kelmor', 'organization']]);
  });
});

describe('places listed before a plural place noun', () => {
  it('reads every name of a list before "states" or "districts" as a place, so "it said" goes to none of them', () => {
    const r = extract('Heavy rain hit India’s Kelmo Pradesh and Ostrava states last week. They also brought aid, officials said. Cases were seen in Arun, Tebo and Kaso districts.');
    expect(mentionKinds('Heavy rain hit India’s Kelmo Pradesh and Ostrava states last week. Cases were seen in Arun, Tebo and Kaso districts.')).toEqual([
      ['India', 'place'],
      ['Kelmo Pradesh', 'place'],
      ['Ostrava', 'place'],
      ['Arun', 'place'],
      ['Tebo', 'place'],
      ['Kaso', 'place'],
    ]);
    expect(r.claims.some((c) => c.attributedTo === 'Ostrava')).toBe(false);
  });
});
