// A count whose own words name whose it is ("the official toll of 41") is that source's in its row.
import { describe, expect, it } from 'vitest';
import { discrepancies } from './extract-helpers';
import { describedOwner } from '../../src/context/described-tolls';

describe('a count its words credit', () => {
  const told = (words: string) => `About 90 people were killed in a landslide near Varn on Friday, a miners' union said, nearly double ${words} 41.`;
  const owner = (words: string) => describedOwner(`${words} 41`, words.length + 1);

  it('credits "the official toll of 41" to officials', () => {
    expect(discrepancies(told('the official toll of'))).toEqual([['killed', ['41 officials (unnamed)', '90 a miners\' union (unnamed)']]]);
  });

  it('leaves "the toll of 41" uncredited, still in the row', () => {
    expect(discrepancies(told('the toll of'))).toEqual([['killed', ['41 -', '90 a miners\' union (unnamed)']]]);
  });

  it('reads the body a toll, figure or count is told of, and no day', () => {
    expect(owner('the police figure of')).toBe('the police');
    expect(owner("the transport ministry's count of")).toBe('the transport ministry');
    expect(owner("clinic officials' tally of")).toBe('clinic officials');
    expect(owner('the government death toll stood at')).toBe('the government');
    expect(owner("Tuesday's toll of")).toBeNull();
    expect(owner('the new toll of')).toBeNull();
  });
});
