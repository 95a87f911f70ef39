// "A statement from <issuer> said …. …, according to the statement, “…”": the statement is the issuer's.
import { describe, expect, it } from 'vitest';
import { figure, quoteStarting as quote } from './extract-helpers';
import { extract } from '../../src/extract';

describe('"according to the statement" after a sentence that brought in a statement', () => {
  it('gives the quote and its count to the statement’s issuer', () => {
    const text =
      'A statement released by the office of regional governor Tomas Brennick said that 31 workers had been hurt at the plant since May.\n\nNine workers were hurt on Friday, when, according to the statement, "a cooling line failed and 14 spare pumps were started by hand".';
    expect(quote(text, 'a cooling line failed')?.attributedTo).toBe('Tomas Brennick');
    const r = extract(text);
    expect(figure(r, '14').claim.attributedTo).toBe('Tomas Brennick');
  });
  it('leaves "the statement" to no one named where no sentence before brought one in', () => {
    const text =
      'Regional governor Tomas Brennick said that 31 workers had been hurt at the plant since May.\n\nNine workers were hurt on Friday, when, according to the statement, "a cooling line failed and 14 spare pumps were started by hand".';
    expect(quote(text, 'a cooling line failed')?.attributedTo).not.toBe('Tomas Brennick');
  });
});
