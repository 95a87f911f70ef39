// `,” the guards said in a statement by their chief, Tomas Kelmor.`: the one who wrote the statement says the quote.
import { describe, expect, it } from 'vitest';
import { quoteStarting as quote } from './extract-helpers';

describe('a tag saying the quote came in a statement by a named person', () => {
  it('gives the quote to that person, past the place of his title', () => {
    const text = 'The guards in Varn confirmed 19 deaths. “Nineteen people died and four were hurt,” the guards said in a statement by their chief in Varn, Tomas Kelmor.';
    expect(quote(text, 'Nineteen people')?.attributedTo).toBe('Tomas Kelmor');
  });
  it('leaves the quote to the body when the statement names no author', () => {
    const text = 'The guards in Varn confirmed 19 deaths. “Nineteen people died and four were hurt,” the guards said in a statement on Sunday, before Tomas Kelmor arrived.';
    expect(quote(text, 'Nineteen people')?.attributedTo ?? null).toBeNull();
  });
});
