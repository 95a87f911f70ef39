// `It would not discuss its losses, but said …`: a pronoun subject whose verb of speech is its second verb, joined by "but" or "and".
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

/** Speaker and unnamed reporter of the first quote of `text`. */
const quote = (text: string): [string | null, string | null] => {
  const c = extract(text).claims.find((k) => k.kind === 'quote');
  return [c?.attributedTo ?? null, c?.reportedBy ?? null];
};

const named = 'The Varnese Navy Command said on Tuesday it had sunk two patrol boats off the cape.\n\n';
const unnamed = "Varna's navy command said on Tuesday it had sunk two patrol boats off the cape.\n\n";

describe('"It … , but said" opening the sentence after a body speaks', () => {
  it('gives the quote to the body the sentence before names', () => {
    expect(quote(`${named}It would not discuss the sailors it lost, but said the enemy was "sending its crews out in boats that could barely float".`)).toEqual([
      'Varnese Navy Command',
      null,
    ]);
  });
  it('gives it to the unnamed body the sentence before opens with', () => {
    expect(quote(`${unnamed}It would not discuss the sailors it lost, but said the enemy was "sending its crews out in boats that could barely float".`)).toEqual([
      null,
      "Varna's navy command",
    ]);
  });
  it('does not where another subject reports with the second verb', () => {
    expect(quote(`${named}It was a calm night on the coast, and fishermen said the enemy was "sending its crews out in boats that could barely float".`)[0]).toBeNull();
  });
});
