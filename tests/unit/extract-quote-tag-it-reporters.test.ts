// "“…,” a committee of doctors said. “…,” it said.": "it" is the unnamed body of the quote's tag before, read whole.
import { describe, expect, it } from 'vitest';
import { quoteStarting as quote } from './extract-helpers';

const lead = 'Marchers filled the main square of Ostra on Saturday.\n\n';
const next = '\n\n"The figure came from a single clinic and was wrong," it said, adding that eleven people had been hurt.';

describe('"it" tagging a quote after a quote an unnamed body said', () => {
  it('is that body, as the tag before described it', () => {
    const text = `${lead}"We regret the error in our count of the wounded," a committee of nurses said in a statement.${next}`;
    expect(quote(text, 'We regret')?.reportedBy).toBe('a committee of nurses');
    expect(quote(text, 'The figure came')?.reportedBy).toBe('a committee of nurses');
  });
  it('keeps a named body as "it"', () => {
    const text = `${lead}"We regret the error in our count of the wounded," the Kelmor Nurses Union said in a statement.${next}`;
    expect(quote(text, 'The figure came')?.attributedTo).toBe('Kelmor Nurses Union');
  });
});
