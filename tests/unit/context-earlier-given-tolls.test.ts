// A count the sentence says its source gave before is replaced by that source's later count, no rival of it.
import { describe, expect, it } from 'vitest';
import { discrepancies } from './extract-helpers';

describe('a figure the source gave previously', () => {
  const herald = 'The Varn Herald said 52 people were killed in Ostra.';

  it('"the count earlier announced by the Ostra authorities stood at 31 dead" leaves the row', () => {
    const text = `${herald} The count earlier announced by the Ostra authorities stood at 31 dead, but the Ostra authorities said on Friday that 45 people had died.`;
    expect(discrepancies(text)).toEqual([['killed', ['45 -', '52 Varn Herald']]]);
  });

  it('"the count announced by the Ostra authorities stood at 31 dead" stays', () => {
    const text = `${herald} The count announced by the Ostra authorities stood at 31 dead, but the Ostra authorities said on Friday that 45 people had died.`;
    expect(discrepancies(text)).toEqual([['killed', ['31 Ostra', '45 Ostra', '52 Varn Herald']]]);
  });
});
