// "According to the Kelmor Times, both organizations regretted …, saying “…”": the pair named before speaks, the outlet relays.
import { describe, expect, it } from 'vitest';
import { figure, quoteStarting as quote } from './extract-helpers';
import { extract } from '../../src/extract';

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

// "A and B gave different counts, with the former saying N …": "the former" is A, "the latter" B.
describe('"the former" / "the latter" after two subjects joined by "and"', () => {
  const OPENING = "Brask's Coast Guard said on Friday that the search would go on. ";
  it('gives the count after "with the former saying" to the first subject, a body named before', () => {
    const r = extract(OPENING + 'The coast guard and the navy gave different counts of the drowned, with the former saying 14 sailors had died.');
    expect(figure(r, '14').claim.attributedTo).toBe('Coast Guard');
  });
  it('gives it to a named first subject', () => {
    const r = extract('The Varn Relief Society and the local police gave different counts on Sunday, with the former saying 23 people had died.');
    expect(figure(r, '23').claim.attributedTo).toBe('Varn Relief Society');
  });
  it('credits no one where "the former" follows no pair of subjects', () => {
    const r = extract(OPENING + 'The navy gave a different count of the drowned, with the former saying 14 sailors had died.');
    expect(figure(r, '14').claim.attributedTo).toBeNull();
  });
});
