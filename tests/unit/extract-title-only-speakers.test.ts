// "The General stated: “…”": a title alone standing for the person named with it a few sentences before.
import { describe, expect, it } from 'vitest';
import { quoteStarting as quote } from './extract-helpers';

const LATER = ' He commands the Ostra Guard. The General stated: “I have no final count, but my guess is more than 300 were killed.”';

describe('“The <Title> stated: …” after a person named with that title', () => {
  it('gives the quote to the person whose name opens with the title', () => {
    const text = 'General Tomas Varn said: “The whole nation mourns this man.”' + LATER;
    expect(quote(text, 'I have no')?.attributedTo).toBe('General Tomas Varn');
  });
  it('gives it to no one where no person named before bears the title', () => {
    const text = 'Mayor Tomas Varn said: “The whole nation mourns this man.”' + LATER;
    expect(quote(text, 'I have no')?.attributedTo).toBeNull();
  });
});
