// A series of counts dated by day: a day after its month is no low end of a range with the next count.
import { describe, expect, it } from 'vitest';
import { phrases } from './extract-helpers';

describe('a count after a date in a series', () => {
  it('keeps the count after "Mar. 2 to"', () => {
    expect(phrases('The Varn toll went from 2,310 on Mar. 2 to 4,800 on Mar. 3, to 6,100 on Friday.')).toEqual(['2,310', '4,800', '6,100']);
    expect(phrases('The Varn toll went from 2,310 on March 2 to 4,800 on March 3.')).toEqual(['2,310', '4,800']);
  });
  it('keeps a range of days in a month a date', () => {
    expect(phrases('The Varn fair ran from March 2 to 5 and drew 4,800 people.')).toEqual(['4,800']);
  });
});
