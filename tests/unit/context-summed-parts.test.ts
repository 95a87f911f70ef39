// A count the article tells on its own that the sourced counts after it add up to is their sum, not their rival.
import { describe, expect, it } from 'vitest';
import { placedDiscrepancies } from './extract-helpers';

describe("the writer's sum of sourced counts", () => {
  const text = [
    'Troops killed five rebels on Friday during night raids.',
    'A drone strike near the town of Varn killed three rebels, medics said.',
    'Separately, the Kelmor Front said two of its men were killed by soldiers in the north.',
  ].join(' ');

  it('sets no part against an unsourced count its sourced parts add up to', () => {
    expect(placedDiscrepancies(text)).toEqual([]);
  });

  it('keeps the row when the parts do not add up to the count', () => {
    expect(placedDiscrepancies(text.replace('killed five rebels', 'killed six rebels'))).toEqual([['killed', ['Varn'], ['3 medics (unnamed)', '6 -']]]);
  });
});
