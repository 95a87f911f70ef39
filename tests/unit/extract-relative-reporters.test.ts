// `… cited the Ostra Times which reports that “…”`: the name a relative clause of speech follows says the quote.
import { describe, expect, it } from 'vitest';
import { quoteStarting as quote } from './extract-helpers';

describe('a quote right after "<name> which/who reports that"', () => {
  it('is said by the name the relative clause follows', () => {
    const text = 'Although both parties have claimed victory, the Varn Herald cited the Ostra Times which reports that “Kelmor has a clear path to forming a new government” after the vote.';
    expect(quote(text, 'Kelmor has a clear path')?.attributedTo).toBe('Ostra Times');
  });
  it('is no one’s where the relative clause has no verb of speech', () => {
    const text = 'Although both parties have claimed victory, the Varn Herald cited the Ostra Times which printed a page headed “Kelmor has a clear path to forming a new government” after the vote.';
    expect(quote(text, 'Kelmor has a clear path')?.attributedTo ?? null).not.toBe('Ostra Times');
  });
});
