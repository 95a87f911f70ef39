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

describe('a count picked out of the harmed by a participle', () => {
  it('keeps the participle that says which of them it counts', () => {
    const [f] = figures('At least 88 of the dead identified, including nine guards, are from Kelmor, the mayor said.');
    expect([f!.value, f!.unit]).toEqual([88, 'dead identified']);
  });

  it('leaves "of the dead" alone when no such participle follows', () => {
    expect(figures('At least 31 of the dead were Varn nationals.')[0]!.unit).toBe('dead');
  });
});
