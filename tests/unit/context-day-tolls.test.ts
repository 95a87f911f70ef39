// Counts whose sentences name two different weekdays as the days of their dead are two days' tolls, no rival counts of one toll
// (day-tolls.ts otherDays).
import { describe, expect, it } from 'vitest';
import { discrepancies } from './extract-helpers';

describe('tolls of two named days', () => {
  it('sets no count of one day against a count of the next', () => {
    const text =
      'The Tarsen Monitor said 14 people were shot dead in Ostra, and nine in Kelm, during sit-ins on Monday. ' +
      'Then, on Tuesday, troops killed 31 people in Ostra at the funerals of the marchers.';
    expect(discrepancies(text)).toEqual([]);
  });

  it('still sets two counts of one named day against each other', () => {
    const text =
      'The Tarsen Monitor said 14 people were shot dead in Ostra, and nine in Kelm, during sit-ins on Monday. ' +
      'Hospital staff said on Tuesday that 31 people had died in Ostra on Monday.';
    expect(discrepancies(text)).toEqual([['killed', ['14 Tarsen Monitor', '31 Hospital staff (unnamed)']]]);
  });

  it('reads a day a verb of saying holds as the day of the report, not of the dead', () => {
    const text = 'The Tarsen Monitor said on Monday that 14 people were shot dead in Ostra. The army said on Tuesday that 31 people died in Ostra.';
    expect(discrepancies(text)).toEqual([['killed', ['14 Tarsen Monitor', '31 the army (unnamed)']]]);
  });

  it('sets no count of one day against a count of that day and the next, nor against a count over a run of days', () => {
    const text =
      'At least 45 people have died over four days at a district clinic in Varn, officials said Sunday. ' +
      'The Kelm Courier said 19 people died on Tuesday and Wednesday after the power failed. ' +
      'Eleven people died on Tuesday, hospital staff said.';
    expect(discrepancies(text)).toEqual([]);
  });

  it('still sets two counts of the same two days, or of the same run of days, against each other', () => {
    const twoDays = 'The Kelm Courier said 19 people died on Tuesday and Wednesday in Varn. Hospital staff said 14 people died on Tuesday and Wednesday in Varn.';
    expect(discrepancies(twoDays)).toEqual([['killed', ['14 Hospital staff (unnamed)', '19 Kelm Courier']]]);
    const run = 'The Kelm Courier said 45 people died over four days in Varn. Hospital staff said 31 people died in the past four days in Varn.';
    expect(discrepancies(run)).toEqual([['killed', ['31 Hospital staff (unnamed)', '45 Kelm Courier']]]);
    const tensInWords = 'The Kelm Courier said 52 people died over thirty days in Varn. Hospital staff said 38 people died in the past 30 days in Varn.';
    expect(discrepancies(tensInWords)).toEqual([['killed', ['38 Hospital staff (unnamed)', '52 Kelm Courier']]]);
  });
});
