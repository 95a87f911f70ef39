// "The KDMA spokesperson said …. “…,” he told Kelmor Radio.": "he" after an unnamed voice is that voice, not a person named further back.
import { describe, expect, it } from 'vitest';
import { quoteStarting as quote } from './extract-helpers';

const ELDER = 'Tomas Varn, a village elder, put the toll at 90.\n\n';
const QUOTE = '\n\n"Our lists show under 50 dead. I have just come from Ostra," he told Kelmor Radio.';

describe('"he" after a sentence an unnamed speaker opens', () => {
  it('is the body\'s spokesperson, named by the body before the noun', () => {
    const q = quote(ELDER + 'But the KDMA spokesperson said that the count given by the elder was too high.' + QUOTE, 'Our lists show');
    expect(q?.attributedTo).toBe('KDMA');
  });
  it('is the unnamed spokesperson the sentence opens with', () => {
    const q = quote(ELDER + 'But the agency spokesperson said that the count given by the elder was too high.' + QUOTE, 'Our lists show');
    expect(q?.attributedTo).toBeNull();
    expect(q?.reportedBy).toBe('the agency spokesperson');
  });
  it('is still the person named before where the sentence between opens with a body, no person\'s noun', () => {
    const q = quote(ELDER + 'But the agency said that the count given by the elder was too high.' + QUOTE, 'Our lists show');
    expect(q?.attributedTo).toBe('Tomas Varn');
  });
});

describe('"she" after "a <body> spokesperson" who answered a named woman', () => {
  const NAMED = 'Mira Solberg, head of campaigns at Ostra Watch, said: "The leak was far bigger than admitted."\n\n';
  const ADDED = '\n\nShe added: "We stand by our count of 2,300 barrels."';
  it('is the body, after "However, a <body> spokesperson in <city> replied by saying"', () => {
    const q = quote(NAMED + 'However, a Kelmor Oil spokesperson in Paris replied by saying: "Every leak is checked by an outside panel."' + ADDED, 'We stand by');
    expect(q?.attributedTo).toBe('Kelmor Oil');
  });
  it('is the body after "A <body> spokesperson said"', () => {
    const q = quote(NAMED + 'A Kelmor Oil spokesperson said: "Every leak is checked by an outside panel."' + ADDED, 'We stand by');
    expect(q?.attributedTo).toBe('Kelmor Oil');
  });
  it('is still the woman named before where the sentence between names the body as no speaker', () => {
    const q = quote(NAMED + 'However, a Kelmor Oil tanker was seen near the coast.' + ADDED, 'We stand by');
    expect(q?.attributedTo).toBe('Mira Solberg');
  });
});
