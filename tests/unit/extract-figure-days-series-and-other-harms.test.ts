// Numbers that count no event: the second day of a span of dates, which of a series of elections; and a count taken by a
// verb of another harm after a toll.
import { describe, expect, it } from 'vitest';
import { figure, phrases } from './extract-helpers';

describe('the second day of a span of dates', () => {
  it('is no figure', () => {
    expect(phrases('The group said guards killed 40 marchers in Varn between Oct. 3 and 9.')).toEqual(['40']);
    expect(phrases('Rains fell on Ostra from March 2 to 6.')).toEqual([]);
  });
  it('leaves a count after a date alone', () => {
    expect(phrases('By June 4 and 30 more were missing.')).toContain('30');
  });
});

describe('which elections of a series', () => {
  it('is no count of them', () => {
    expect(phrases('Turnout was 71 percent, up from 64 percent in the last three national polls.')).toEqual(['71 percent', '64 percent']);
  });
  it('leaves a count of elections alone', () => {
    expect(figure('Kelmor has held four elections since 1999.', 'four').unit).toBe('elections');
  });
});

describe('a count right after a verb of another harm', () => {
  it('takes no event named before the verb', () => {
    expect(figure('A fever outbreak in Varn has killed scores and sickened more than 70 in Varn, doctors said.', 'more than 70').about).toBeNull();
    // The displaced are an event of their own (events.ts), never the killed named before.
    expect(figure('The floods killed dozens and displaced about 900 in Ostra.', 'about 900').about).toBe('displaced');
  });
  it('leaves a toll after a verb of killing alone', () => {
    expect(figure('The floods displaced hundreds and killed about 40 in Ostra.', 'about 40').about).toBe('killed');
  });
});
