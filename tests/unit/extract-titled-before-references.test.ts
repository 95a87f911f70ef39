// "The Minister of Defence and Veterans Affairs, Tomas Varn, … the defence minister said: “…”": the title's words read before the name.
import { describe, expect, it } from 'vitest';
import { quoteStarting as quote } from './extract-helpers';

const NAMED = 'The Minister of Defence and Veterans Affairs, Tomas Varn briefed reporters on Monday that 30 soldiers had died.\n\nThe war may decide the vote. President Ana Ruiz is seeking a third term.\n\n';

describe('a title with words before its noun, of a person whose title came before the name', () => {
  it('stands for that person, not the one named last', () => {
    const text = NAMED + 'Flanked by his deputies, the defence minister said: "We will be open about what we do."';
    expect(quote(text, 'We will be open')?.attributedTo).toBe('Tomas Varn');
  });
  it('stands for no one where the words are not all there', () => {
    const text = NAMED + 'Flanked by his deputies, the health minister said: "We will be open about what we do."';
    expect(quote(text, 'We will be open')?.attributedTo ?? null).not.toBe('Tomas Varn');
  });
});
