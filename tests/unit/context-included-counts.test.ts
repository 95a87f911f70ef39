// "This number includes …": a part of the number told before, no rival of another source's count (included-counts.ts).
import { describe, expect, it } from 'vitest';
import { placedDiscrepancies } from './extract-helpers';

describe('counts a sentence says the number before includes', () => {
  const agency = "During Varn's offensive in Ostra, 150 Varnian troops and one Varnian civilian died, the state-run Varn Press Agency said.";
  const authorities = 'The authorities of Ostra said that the offensive left at least 190 people dead.';

  it('sets no part of one side\'s number against the other side\'s count of its own civilians', () => {
    const text = `${agency} ${authorities} This number reportedly includes more than 30 injured and 10 killed civilians.`;
    expect(placedDiscrepancies(text)).toEqual([]);
  });

  it('still sets a count of civilians told on its own against it', () => {
    const text = `${agency} ${authorities} Kelmor Radio said 10 civilians were killed in the offensive.`;
    expect(placedDiscrepancies(text)).toEqual([['killed', ['Ostra'], ['1 Varn Press Agency', '10 Kelmor Radio']]]);
  });
});
