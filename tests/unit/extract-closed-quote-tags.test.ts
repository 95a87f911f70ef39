// `“… higher.” State radio has reported only a handful of deaths.`: a sentence reporting its own object after a closed quote is no tag of it.
import { describe, expect, it } from 'vitest';
import { quoteStarting as quote } from './extract-helpers';

describe('the sentence after a quote whose full stop is inside its marks', () => {
  it('does not give the quote to the subject of a verb that reports an object of its own', () => {
    const text =
      'Soldiers fired on marchers in more than 40 towns, states Ostra Watch.\n\n' +
      '“At least 60 marchers in 12 towns have died, by the counts we trust. The group thinks many more are missing.” State radio has reported only a handful of deaths.';
    const q = quote(text, 'At least 60 marchers');
    expect(q?.reportedBy ?? null).not.toBe('State radio');
    expect(q?.attributedTo).toBe('Ostra Watch');
  });
  it('still reads a bare tag after it as the quote’s', () => {
    const text = 'Floods hit Kelmor on Sunday.\n\n“At least 60 homes in 12 villages have been lost. The real count is higher.” State radio said on Monday.';
    expect(quote(text, 'At least 60 homes')?.reportedBy).toBe('State radio');
  });
});
