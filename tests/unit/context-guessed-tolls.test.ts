// A fear or a guess at the final toll is no count of the dead so far (guessed-tolls.ts).
import { describe, expect, it } from 'vitest';
import { discrepancies } from './extract-helpers';

describe('tolls told as a fear or a guess', () => {
  const found = 'Twenty bodies have so far been recovered, the regional police chief Aron Vell said.';

  it('sets no count "feared to have killed" against the bodies found so far', () => {
    const text = `Rescuers worked through the night after a mudslide in Ostra feared to have killed more than 90 people. ${found}`;
    expect(discrepancies(text)).toEqual([]);
    // Told as a count, the same words make a row.
    expect(discrepancies(text.replace('feared to have killed', 'that killed'))).toEqual([['killed', ['20 Aron Vell', '90 -']]]);
  });

  it('sets no count that "are feared dead", told with no source, against it; a source\'s fear is its estimate', () => {
    const text = `At least 90 people are feared dead after a mudslide in Ostra. ${found}`;
    expect(discrepancies(text)).toEqual([]);
    expect(discrepancies(text.replace('in Ostra.', 'in Ostra, Kelmor Radio said.'))).toEqual([['killed', ['20 Aron Vell', '90 Kelmor Radio']]]);
  });

  it('sets no guess at the final toll against it', () => {
    const text = `${found} The head of the relief agency, Mira Kelm, said the final toll might top 95.`;
    expect(discrepancies(text)).toEqual([]);
    expect(discrepancies(text.replace('the final toll might top', 'the death toll was'))).toEqual([['killed', ['20 Aron Vell', '95 Mira Kelm']]]);
  });
});
