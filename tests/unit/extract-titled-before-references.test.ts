// "The Minister of Health and Welfare, Tomas Varn, … the health minister said: “…”": the title's words read before the name.
import { describe, expect, it } from 'vitest';
import { quoteStarting as quote } from './extract-helpers';

const NAMED = 'The Minister of Security and Civil Protection, Tomas Varn told reporters on Monday that 30 people had died.\n\nThe calm contrasts with the violence. This could lead President Ana Ruiz to run again.\n\n';

describe('a title with words before its noun, of a person whose title came before the name', () => {
  it('stands for that person, not the one named last', () => {
    const text = NAMED + 'Flanked by his deputies, the security minister said: "We will be open about what we do."';
    expect(quote(text, 'We will be open')?.attributedTo).toBe('Tomas Varn');
  });
  it('stands for no one where the words are not all there', () => {
    const text = NAMED + 'Flanked by his deputies, the health minister said: "We will be open about what we do."';
    expect(quote(text, 'We will be open')?.attributedTo ?? null).not.toBe('Tomas Varn');
  });
});
