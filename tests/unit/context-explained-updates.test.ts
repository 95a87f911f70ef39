// A toll the text brings to another by "N other" dead it adds after it is that total's earlier state (explained-updates.ts).
import { describe, expect, it } from 'vitest';
import { discrepancies } from './extract-helpers';

describe('an earlier toll the text explains by the dead it adds', () => {
  const lead = 'The Varn Monitor said the number of deaths in the protests in Ostra has now risen to 13.';
  const forum = '“Eleven people died in these protests,” Aron Vell, the director of the Kelmor Forum, told reporters.';
  const added = 'Later that day, the Ostra Daily reported that at least two other protesters had died.';

  it('sets no eleven against the 13 that two other deaths bring it to', () => {
    expect(discrepancies(`${lead} ${forum} ${added}`)).toEqual([]);
  });

  it('keeps the row when nothing is added, or what is added does not make the total', () => {
    expect(discrepancies(`${lead} ${forum}`)).toEqual([['killed', ['11 Aron Vell', '13 Varn Monitor']]]);
    expect(discrepancies(`${lead} ${forum} ${added.replace('two', 'five')}`)).toEqual([['killed', ['11 Aron Vell', '13 Varn Monitor']]]);
  });
});
