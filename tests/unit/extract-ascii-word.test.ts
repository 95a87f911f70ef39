import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasAsciiWord } from '../../src/extract/chars';

// hasAsciiWord guards case-insensitive patterns: a false answer where the letters are there would
// silently drop what the pattern finds, so it must agree with a plain lower-case search.
describe('hasAsciiWord', () => {
  it('finds the letters in any case, also inside longer words', () => {
    expect(hasAsciiWord('killed IN the north', 'in ')).toBe(true);
    expect(hasAsciiWord('Of The three arrested', 'of th')).toBe(true);
    expect(hasAsciiWord('within reach', 'in ')).toBe(true);
    expect(hasAsciiWord('killed inland', 'in ')).toBe(false);
    expect(hasAsciiWord('', 'in ')).toBe(false);
    expect(hasAsciiWord('in\0', 'in ')).toBe(false);
  });

  it('agrees with a lower-case search on any ASCII text', () => {
    const text = fc.array(fc.constantFrom('i', 'I', 'n', 'N', ' ', 'o', 'O', 'f', 'F', 't', 'T', 'h', 'H', 'x', '\0'), { maxLength: 40 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text, fc.constantFrom('in ', 'of th', 'among th'), (s, word) => {
        expect(hasAsciiWord(s, word)).toBe(s.toLowerCase().includes(word));
      }),
      { numRuns: 2000 },
    );
  });
});
