// An untagged quote opening a paragraph, after a paragraph whose last sentence a person opens.
import { describe, expect, it } from 'vitest';
import { quoteStarting as quote } from './extract-helpers';

const QUOTE = '\n\n“The profit of 2023 goes straight back into the economy. Every trade in Ostra gains.”';

describe('Name <verb>s … ¶ “…”', () => {
  it('gives the quote to the person opening the last sentence of the paragraph before', () => {
    const text = 'Finance Minister Tomas Varn praised the airline staff in Kelmor today.\n\nVarn underlines the value of the staff’s skill, showing that it reaches far beyond their jobs.' + QUOTE;
    expect(quote(text, 'The profit')?.attributedTo).toBe('Tomas Varn');
  });
  it('gives it to no one where the person’s verb tells of a deed in the past', () => {
    const text = 'Finance Minister Tomas Varn praised the airline staff in Kelmor today.\n\nVarn has walked over to the hangar, where the staff waited.' + QUOTE;
    expect(quote(text, 'The profit')?.attributedTo).toBeNull();
  });
  it('gives it to no one where that sentence opens with something other than a person', () => {
    const text = 'Finance Minister Tomas Varn praised the airline staff in Kelmor today.\n\nThe airline posts its results every March, well after the other carriers.' + QUOTE;
    expect(quote(text, 'The profit')?.attributedTo).toBeNull();
  });
});
