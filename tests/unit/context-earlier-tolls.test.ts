// A count the text tells as an earlier day's, since revised, is an update of the later count, not a rival of it.
import { describe, expect, it } from 'vitest';
import { discrepancies } from './extract-helpers';

describe('counts told as an earlier day\'s', () => {
  it('drops a count told "Earlier" whose value the text says was revised', () => {
    const text = [
      'The Ostra administration has lowered its tally of deaths from the depot blaze in Varn from 52 to 44.',
      'Hospital director Aron Vell said 44 bodies have been recovered.',
      'Earlier on Sunday, Deputy Commissioner Mira Kelmor put the death toll at 52.',
    ].join(' ');
    expect(discrepancies(text)).toEqual([]);
    // Told earlier but never revised from, the count stays a rival.
    const unrevised = text.replace('has lowered its tally of deaths from the depot blaze in Varn from 52 to 44', 'has opened an inquiry into the depot blaze in Varn');
    expect(discrepancies(unrevised)).toEqual([['killed', ['44 Aron Vell', '52 Mira Kelmor']]]);
  });

  it('drops a count its own source "updated it" from', () => {
    const text = 'A senior official said 45 people were killed in the blasts. The Ostra ambulance service put the toll at 12 on Monday and raised it to 15 by Tuesday evening.';
    // The service's latest count, 15, is the official's rival; its own earlier 12 is not.
    expect(discrepancies(text)).toEqual([['killed', ['15 Ostra', '45 a senior official (unnamed)']]]);
    // Not raised since, the 12 is a rival of the 45.
    const kept = text.replace(' and raised it to 15 by Tuesday evening', '');
    expect(discrepancies(kept)).toEqual([['killed', ['12 Ostra', '45 a senior official (unnamed)']]]);
  });

  it('drops a count "as of" a day of last week that the office "had" confirmed', () => {
    const text = [
      'Ombudsman Aron Vell said on Tuesday that 42 people had died during the protests.',
      'As of Thursday last week, prosecutor Mira Kelmor had counted 27 deaths in the unrest, she said.',
    ].join(' ');
    expect(discrepancies(text)).toEqual([]);
    // Without the past day the count is the prosecutor's own, a rival.
    const current = text.replace('As of Thursday last week, prosecutor Mira Kelmor had counted', 'Prosecutor Mira Kelmor has counted');
    expect(discrepancies(current)).toEqual([['killed', ['27 Mira Kelmor', '42 Aron Vell']]]);
  });

  it('drops a toll a source "had" put the day before, beside a toll the text says rose', () => {
    const text = [
      'The death toll from floods that swept three villages in northern Ostra rose to 31, with more than 60 still missing, the Varn Red Cross said Sunday.',
      'Officials had Saturday put the death toll at 24 with 75 listed as missing.',
    ].join(' ');
    expect(discrepancies(text)).toEqual([]);
    // Told in the present, the officials' toll is a rival.
    const rival = text.replace('Officials had Saturday put', 'Officials put');
    expect(discrepancies(rival)).toEqual([['killed', ['24 officials (unnamed)', '31 Varn Red Cross']], ['missing', ['60 Varn Red Cross', '75 officials (unnamed)']]]);
  });

  it('drops the count a toll is told as "an increase from"', () => {
    const text = 'The coroner, Mira Kelmor, said on Monday that 51 people had died, an increase from 37 deaths counted the night before. Emergency officials said at least 70 people had died.';
    // The coroner's own earlier 37 is no rival of her 51 or of the officials' 70.
    expect(discrepancies(text)).toEqual([['killed', ['51 Mira Kelmor', '70 Emergency officials (unnamed)']]]);
    // Counted by another source, the 37 stays a rival.
    const other = text.replace('an increase from 37 deaths counted', 'while the fire service counted 37 deaths');
    expect(discrepancies(other)).toEqual([['killed', ['37 the fire service (unnamed)', '51 Mira Kelmor', '70 Emergency officials (unnamed)']]]);
  });
});
