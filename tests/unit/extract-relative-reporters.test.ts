// `… cited the Ostra Times which reports that “…”`: the name a relative clause of speech follows says the quote.
import { describe, expect, it } from 'vitest';
import { quoteStarting as quote } from './extract-helpers';

describe('a quote right after "<name> which/who reports that"', () => {
  it('is said by the name the relative clause follows', () => {
    const text = 'Although both parties have claimed victory, the Varn Herald cited the Ostra Times which reports that “Kelmor can now build a ruling coalition” after the vote.';
    expect(quote(text, 'Kelmor can now build')?.attributedTo).toBe('Ostra Times');
  });
  it('is no one’s where the relative clause has no verb of speech', () => {
    const text = 'Although both parties have claimed victory, the Varn Herald cited the Ostra Times which printed a page headed “Kelmor can now build a ruling coalition” after the vote.';
    expect(quote(text, 'Kelmor can now build')?.attributedTo ?? null).not.toBe('Ostra Times');
  });
});
