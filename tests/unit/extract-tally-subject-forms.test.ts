// Forms of a subject that gives a tally: an opening "For <event>," phrase, an adverb of contrast before the verb, a plural
// noun of counts ("put numbers at"), and people "at" a body who speak for it ("their allies at the union").
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { figure } from './extract-helpers';

/** [attributedTo, reportedBy] of the figure claim whose phrase is `phrase`. */
const ownerOf = (text: string, phrase: string): [string | null, string | null] => {
  const { claim } = figure(extract(text), phrase);
  return [claim.attributedTo ?? null, claim.reportedBy ?? null];
};

describe('"For the rally last spring, the ministry estimated 9,000"', () => {
  it('passes the opening phrase of the event to the subject', () => {
    expect(ownerOf('For the rally last spring, the ministry estimated 9,000 marchers.', 'estimated 9,000')).toEqual([null, 'the ministry']);
  });
  it('gives nothing where no one reports after the phrase', () => {
    expect(ownerOf('For the first time in years, 9,000 marchers crossed the bridge.', '9,000')).toEqual([null, null]);
  });
});

describe('"the police however put numbers at 7,000 whereas the union gave a count of 23,000"', () => {
  const text = 'At an earlier rally, the police however put numbers at 7,000 whereas the union gave a count of 23,000.';
  it('gives each clause its own subject', () => {
    expect(ownerOf(text, '7,000')).toEqual([null, 'the police']);
    expect(ownerOf(text, '23,000')).toEqual([null, 'the union']);
  });
  it('reads no tally in numbers put elsewhere, nor in figures given to someone', () => {
    expect(ownerOf('The police put numbers on the vans for 7,000 visitors.', '7,000')).toEqual([null, null]);
    expect(ownerOf('The firm gave the figures to 7,000 shareholders.', '7,000')).toEqual([null, null]);
  });
});

describe('"Their allies at the Sellin Dockers Union put the figure at 1.4 million"', () => {
  it('gives the figure to the body its members speak for', () => {
    expect(ownerOf('Their allies at the Sellin Dockers Union, meanwhile, put the figure at 1.4 million.', '1.4 million')).toEqual(['Sellin Dockers Union', null]);
    expect(ownerOf('Colleagues at the Sellin Herald said 300 people attended.', '300')).toEqual(['Sellin Herald', null]);
  });
  it('gives nothing to a body whose allies are others', () => {
    expect(ownerOf('Allies of the Sellin Dockers Union said 1.4 million marched.', '1.4 million')).toEqual([null, null]);
  });
});
