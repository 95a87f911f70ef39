// "“…,” local chief of fire services Darto said": a lower-case title runs on through the body it is of, to a one-word name.
import { describe, expect, it } from 'vitest';
import { quoteStarting as quote } from './extract-helpers';

const Q = '"We think 80 people are under the rubble," ';

describe('a lower-case title "of" a body of lower-case words before a one-word name', () => {
  it('gives the quote to the name after "chief of fire services"', () => {
    expect(quote(Q + 'local chief of fire services Darto said.', 'We think')?.attributedTo).toBe('Darto');
  });
  it('gives it to the name after a body of one word and a second ("rescue operations")', () => {
    expect(quote(Q + 'deputy chief of rescue operations Darto said on Monday.', 'We think')?.attributedTo).toBe('Darto');
  });
  it('reads no title where the words before the name are none ("near the river")', () => {
    expect(quote(Q + 'near the river Darto said.', 'We think')?.attributedTo ?? null).toBeNull();
  });
});
