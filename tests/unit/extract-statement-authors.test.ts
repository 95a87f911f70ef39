// `,” the police said in a statement by its spokesman, Tomas Kelmor.`: the one who wrote the statement says the quote.
import { describe, expect, it } from 'vitest';
import { quoteStarting as quote } from './extract-helpers';

describe('a tag saying the quote came in a statement by a named person', () => {
  it('gives the quote to that person, past the place of his title', () => {
    const text = 'The police in Varn confirmed 86 deaths. “Eighty six persons were killed and six injured,” the police said in a statement by its spokesperson in Varn, Tomas Kelmor.';
    expect(quote(text, 'Eighty six persons')?.attributedTo).toBe('Tomas Kelmor');
  });
  it('leaves the quote to the body when the statement names no author', () => {
    const text = 'The police in Varn confirmed 86 deaths. “Eighty six persons were killed and six injured,” the police said in a statement on Sunday, before Tomas Kelmor arrived.';
    expect(quote(text, 'Eighty six persons')?.attributedTo ?? null).toBeNull();
  });
});
