// `The opposition leader has … dared the court: “…”`: "the" and a title opening the sentence before a colon's quote stand for the person named so before.
import { describe, expect, it } from 'vitest';
import { quoteStarting } from './extract-helpers';

const LEAD = 'The March vote, won by Tomas Kelmor but called rigged by his rival Ana Ruiz, has set off a month of strikes. Kelmor said the count was fair. ';

describe('“The opposition <title> has <verb>ed …: “…”', () => {
  it('gives the quote to the person named before as the rival', () => {
    const text = `${LEAD}The opposition leader has denied any plot but has dared the courts: "arrest me or hand me the keys to the palace."`;
    expect(quoteStarting(text, 'arrest me')?.attributedTo).toBe('Ana Ruiz');
  });
  it('leaves the quote to no one where no rival was named', () => {
    const text = 'The March vote, won by Tomas Kelmor, has set off a month of strikes. Kelmor said the count was fair. The opposition leader has denied any plot but has dared the courts: "arrest me or hand me the keys to the palace."';
    expect(quoteStarting(text, 'arrest me')?.attributedTo ?? null).toBeNull();
  });
});
