// A count the text tells as an earlier day's, since revised, is an update of the later count, not a rival of it.
import { describe, expect, it } from 'vitest';
import { discrepancies } from './extract-helpers';

describe('counts told as an earlier day\'s', () => {
  it('drops a count told "Earlier" whose value the text says was revised', () => {
    const text = [
      'The Ostra administration has lowered the number of people killed in the warehouse fire in Varn from 49 to 41.',
      'Hospital director Aron Vell said 41 bodies have been recovered.',
      'Earlier on Sunday, Deputy Commissioner Mira Kelmor put the death toll at 49.',
    ].join(' ');
    expect(discrepancies(text)).toEqual([]);
    // Told earlier but never revised from, the count stays a rival.
    const unrevised = text.replace('has lowered the number of people killed in the warehouse fire in Varn from 49 to 41', 'has opened an inquiry into the warehouse fire in Varn');
    expect(discrepancies(unrevised)).toEqual([['killed', ['41 Aron Vell', '49 Mira Kelmor']]]);
  });

  it('drops a count its own source "updated it" from', () => {
    const text = 'A senior official said 45 people were killed in the blasts. The Ostra ambulance service put the toll at 18 on Friday and updated it to 21 on Saturday.';
    // The service's latest count, 21, is the official's rival; its own earlier 18 is not.
    expect(discrepancies(text)).toEqual([['killed', ['21 Ostra', '45 a senior official (unnamed)']]]);
    // Not updated since, the 18 is a rival of the 45.
    const kept = text.replace(' and updated it to 21 on Saturday', '');
    expect(discrepancies(kept)).toEqual([['killed', ['18 Ostra', '45 a senior official (unnamed)']]]);
  });

  it('drops a count "as of" a day of last week that the office "had" confirmed', () => {
    const text = [
      'Ombudsman Aron Vell said on Tuesday that 42 people had died during the protests.',
      'As of Friday of last week, prosecutor Mira Kelmor had confirmed the death of 27 people during the protests, she said.',
    ].join(' ');
    expect(discrepancies(text)).toEqual([]);
    // Without the past day the count is the prosecutor's own, a rival.
    const current = text.replace('As of Friday of last week, prosecutor Mira Kelmor had confirmed', 'Prosecutor Mira Kelmor has confirmed');
    expect(discrepancies(current)).toEqual([['killed', ['27 Mira Kelmor', '42 Aron Vell']]]);
  });
});
