// Capitalised common words that name no source: an adjective of scope before a body's noun, a body's head opening a sentence before a plural noun.
import { describe, expect, it } from 'vitest';
import { named } from './extract-source-helpers';

describe('capitalised common words before a lower-case noun', () => {
  it('reads no name in a capitalised adjective of scope before a lower-case body noun', () => {
    expect(named('Prices rose past the goal of the Central bank, Treasury Minister Lena Varga said. The Central bank is required to act.')).toEqual([
      ['Lena Varga', 'person', 1],
    ]);
    expect(named('The Regional bank raised its rate, Omar Haddad told reporters.')).toEqual([['Omar Haddad', 'person', 1]]);
  });

  it('reads no name in a body head opening a sentence before a lower-case plural noun', () => {
    // Also where the article names a bank whose head the word is.
    expect(named('The Kelmor Bank of Ostra set rates. Bank payments will rise next year, Lena Varga said.')).toEqual([
      ['Kelmor Bank of Ostra', 'organization', 1],
      ['Lena Varga', 'person', 1],
    ]);
    // The head is not merged into a named hospital the article also writes.
    expect(named('The Tarvo Eskel Hospital said 12 died. Hospital sources claim the count is 30.')).toEqual([['Tarvo Eskel Hospital', 'organization', 1]]);
    // A verb after the head leaves the head's own reading alone.
    expect(named('The Kelmor Bank met on Monday. Bank raises rates, the Kelmor Bank said.')).toEqual([['Kelmor Bank', 'organization', 3]]);
  });
});
