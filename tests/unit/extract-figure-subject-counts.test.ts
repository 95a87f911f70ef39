// A bare count said to be what a plural of people is ("the victims … were “at least 19”") counts that plural.
import { describe, expect, it } from 'vitest';
import { figures } from './extract-helpers';

describe('the noun of "the <people> were N"', () => {
  it('gives the count the plural it is said of, past an aside and a quote mark', () => {
    const [f] = figures('According to an earlier count, the victims, among them nurses and guards, were “at least 19”.');
    expect([f!.comparator, f!.value, f!.unit]).toEqual(['>=', 19, 'victims']);
    expect(figures('The wounded numbered about 60, the Ostra ministry said.')[0]!.unit).toBe('wounded');
  });

  it('leaves a count of things that are no people, or one that goes on past the number, alone', () => {
    expect(figures('In Varn the results were 24.')[0]!.unit).toBeNull();
    expect(figures('The Kelmor odds were 3 to 1.')[0]!.unit).toBeNull();
  });
});
