// "“…,” it said.": a body named only to qualify a noun ("the Kelmor Free movement") is not what "it" stands for.
import { describe, expect, it } from 'vitest';
import { quoteStarting as quote } from './extract-helpers';

describe('"it said" after a sentence naming a body before a noun', () => {
  it('passes over the movement a name qualifies to the body that spoke before', () => {
    const text =
      'Rights group Ostra Watch says it has confirmed that soldiers shot at least 12 protesters in Varn on Tuesday.\n\n' +
      'Thousands of people marching as part of the Kelmor Union movement had gathered in the square.\n\n' +
      '“Evidence from witnesses and hospital records shows that the soldiers opened fire on peaceful marchers,” it said.';
    expect(quote(text, 'Evidence from witnesses')?.attributedTo).toBe('Ostra Watch');
  });
  it('keeps a body that opens the sentence before as what "it" stands for', () => {
    const text =
      'Rights group Ostra Watch says it has confirmed that soldiers shot at least 12 protesters in Varn on Tuesday.\n\n' +
      'Later the Kelmor Union opened an inquiry into the shooting in the square.\n\n' +
      '“Evidence from witnesses and hospital records shows that the soldiers opened fire on peaceful marchers,” it said.';
    expect(quote(text, 'Evidence from witnesses')?.attributedTo).toBe('Kelmor Union');
  });
});
