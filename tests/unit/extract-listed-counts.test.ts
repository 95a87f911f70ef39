// A count "listed by X", and "X (officially) listed N as …": listing a count on one's books reports it.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

const figureBy = (text: string, value: number): [string | null, string | null] => {
  const c = extract(text).claims.find((x) => x.kind === 'figure' && x.figures[0]!.value === value)!;
  return [c.attributedTo, c.reportedBy];
};

describe('counts listed by a body', () => {
  it('gives a count "listed by" a body to that body, as "released by" does', () => {
    expect(figureBy('On Sunday a count of 42 was listed by the Varn Agency.', 42)).toEqual(['Varn Agency', null]);
  });

  it('gives a count listed "as" dead or missing to the unnamed body that lists it, past an adverb before the verb', () => {
    expect(figureBy('Kelmor authorities officially listed 17 as dead on Monday.', 17)).toEqual([null, 'Kelmor authorities']);
    expect(figureBy('Local officials originally listed 9 people as missing after the flood.', 9)).toEqual([null, 'Local officials']);
    expect(figureBy('The Varn Agency officially put the toll at 41.', 41)).toEqual(['Varn Agency', null]);
  });

  it('gives nothing to a subject that lists no count, nor to a count listed with no one named', () => {
    expect(figureBy('The six now listed as missing include one crew member.', 6)).toEqual([null, null]);
    expect(figureBy('Local officials listed the road as closed, and 14 people were missing.', 14)).toEqual([null, null]);
  });
});

describe('a list compiled by speakers the text does not name', () => {
  it('gives the figures of a list or tally opening the sentence to those who compiled or released it', () => {
    expect(figureBy('A list compiled by local officials shows 85 people missing.', 85)).toEqual([null, 'local officials']);
    expect(figureBy('An informal list compiled by families of the crew lists 23 sailors as missing after the storm.', 23)).toEqual([null, 'families']);
  });

  it('gives nothing where what they released is no list, or where no one publishes it', () => {
    expect(figureBy('Aid provided by local officials reached 85 families.', 85)).toEqual([null, null]);
    expect(figureBy('A list of the missing shows 85 people unaccounted for.', 85)).toEqual([null, null]);
  });
});

describe('a compiled list in a sentence with a speaker of its own', () => {
  it('leaves the figures to a speaker closing the sentence', () => {
    expect(figureBy('The count issued by the police was cut by 12 after a recount, the ministry said.', 12)).toEqual([null, 'the ministry']);
  });
});

describe('the reach of a listed count', () => {
  it('ends the report of a listing with its clause, before a coordinated clause of others', () => {
    const text = 'Local officials originally listed 9 people as missing, but ferry records have led Varn investigators to suspect that five survived.';
    expect(figureBy(text, 9)).toEqual([null, 'Local officials']);
    expect(figureBy(text, 5)).toEqual([null, null]);
  });
});
