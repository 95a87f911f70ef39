// "According to the Kelmor Times, both organizations regretted …, saying “…”": the pair named before speaks, the outlet relays.
import { describe, expect, it } from 'vitest';
import { quoteStarting as quote } from './extract-helpers';

const RELAYED = ' According to the Kelmor Times, both organizations regretted the deaths, saying that this moment “shows the need for safe shelter for all”.';

describe('"both <bodies>" after an "according to" source', () => {
  it('gives the quote to the pair of bodies named before, not to the outlet relaying it', () => {
    const text = 'The Ostra Relief Fund and the Kelmor Red Cross warned of “a long winter for the displaced families”.' + RELAYED;
    expect(quote(text, 'shows the need')?.attributedTo).toBe('Kelmor Red Cross');
  });
  it('reads "the two" and a plural with a word before it, past the first body\'s short form in brackets', () => {
    const text =
      'The Ostra Relief Fund (ORF) and the Kelmor Red Cross warned of “a long winter for the displaced families”. ' +
      'According to the Kelmor Times, the two aid agencies regretted the deaths, saying that this moment “shows the need for safe shelter for all”.';
    expect(quote(text, 'shows the need')?.attributedTo).toBe('Kelmor Red Cross');
  });
  it('leaves the quote to the outlet where no pair of bodies was named', () => {
    const text = 'The Ostra Relief Fund warned of “a long winter for the displaced families”.' + RELAYED;
    expect(quote(text, 'shows the need')?.attributedTo).toBe('Kelmor Times');
  });
  it('leaves it to the outlet where "both" goes with no body\'s noun', () => {
    const text =
      'The Ostra Relief Fund and the Kelmor Red Cross warned of “a long winter for the displaced families”. ' +
      'According to the Kelmor Times, both sides regretted the deaths, saying that this moment “shows the need for safe shelter for all”.';
    expect(quote(text, 'shows the need')?.attributedTo).toBe('Kelmor Times');
  });
});
