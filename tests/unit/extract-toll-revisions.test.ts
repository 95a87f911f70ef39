// A count revised "down by" or "up by" an amount, maybe "to" a new level: the amount is a change of
// the count, the level is the count itself, and neither is read as one range.
import { describe, expect, it } from 'vitest';
import { discrepancies, figure, phrases } from './extract-helpers';

describe('a toll revised by an amount', () => {
  it('"revised the toll … down by about 80" is a fall of about 80 in the dead', () => {
    const f = figure('Port officials revised the death toll from the storm down by about 80 on Monday, the agency reported.', 'about 80');
    expect([f.comparator, f.value, f.change, f.about]).toEqual(['~', 80, 'fall', 'killed']);
  });

  it('"was revised up by 12" is a rise', () => {
    expect(figure('The toll was revised up by 12 after two more bodies were found.', '12').change).toBe('rise');
  });

  it('"down by about 60 to 215": a fall of about 60, then the level 215 of the same toll, not a range', () => {
    const text = 'Health officials revised the death toll down by about 60 to 215, the ministry said.';
    expect(phrases(text)).toEqual(['about 60', '215']);
    const amount = figure(text, 'about 60');
    expect([amount.comparator, amount.value, amount.upTo, amount.change, amount.about]).toEqual(['~', 60, null, 'fall', 'killed']);
    const level = figure(text, '215');
    expect([level.comparator, level.value, level.change, level.about]).toEqual(['=', 215, null, 'killed']);
  });

  it('"raised the toll by 9 to 47": the level counts the dead too', () => {
    const level = figure('Rescuers raised the toll by 9 to 47 on Sunday.', '47');
    expect([level.value, level.about]).toEqual([47, 'killed']);
  });

  it('the amount of a revision is no rival of the toll it revised', () => {
    const text =
      'Health officials revised the death toll down by about 60 to 215, the ministry said. The Red Cross said 215 people had died in the blasts.';
    expect(discrepancies(text)).toEqual([]);
  });
});
