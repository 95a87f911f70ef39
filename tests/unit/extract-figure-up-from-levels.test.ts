// A level's earlier value after "up from" (figure-events.ts levelUpFrom), and "late on <day>" right after a number, which is
// no noun of it (units.ts).
import { describe, expect, it } from 'vitest';
import { figure } from './extract-helpers';

describe('an earlier value after "up from"', () => {
  it('counts what the level counts, not an event named after it', () => {
    const f = figure('The Kelmor clinic listed its admissions at 212, up from 198 early on Friday, before the toll of the dead reached 9.', '198');
    expect([f.unit, f.about]).toEqual([null, null]);
  });
  it('keeps the event of a toll the level is', () => {
    const f = figure('The Varn flood has killed 40 people, up from 31 on Friday, officials said.', '31');
    expect([f.unit, f.about]).toEqual(['people', 'killed']);
  });
});

describe('"early" or "late" right after a number', () => {
  it('is no noun before "on" or a day', () => {
    expect(figure('The Ostra tally of sick stood at 64 late on Tuesday.', '64').unit).toBe(null);
    expect(figure('The Varn tally of sick had reached 11 early yesterday.', '11').unit).toBe(null);
  });
  it('stays a noun before a time of day or another noun', () => {
    expect(figure('Police carried out three early morning raids in Ostra.', 'three').unit).toBe('morning raids');
    expect(figure('Nine late entries were refused in Varn.', 'Nine').unit).toBe('late entries');
  });
});
