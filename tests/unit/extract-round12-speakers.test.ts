// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

/** "kind by" of each quote and figure claim. */
const quoteSources = (text: string): string[] =>
  extract(text)
    .claims.filter((c) => c.kind !== 'statement')
    .map((c) => `${c.kind} ${c.attributedTo}`);

describe('twelfth round: who speaks a quote', () => {
  it('reads several lower-case title words after a party name, before the name after a quote, as a title', () => {
    const text = '"We fought hard for this and we are proud of our members," Rashtriya Lok Dal floor leader Rahul Mehra said.\n\nThe vote passed.';
    expect(quoteSources(text)).toEqual(['quote Rahul Mehra']);
  });

  it("gives a quote that a tweet from a person's account introduces to that person", () => {
    const text = 'Opposition politician Ivan Petrov was detained on Monday.\n\nA tweet from Petrov\'s account after the arrest said: "Friends, I am fine. Keep going."';
    expect(quoteSources(text)).toEqual(['quote Ivan Petrov']);
  });

  it('gives an untagged quote paragraph between two quote paragraphs of one speaker to that speaker', () => {
    const text =
      '"We trained for months for this series and it showed today," Ana Ruiz said after the match.\n\nRuiz gave the credit to her bowlers.\n\n' +
      '"Nobody wins a match alone. It took all 11 of us to beat them today."\n\n"We will enjoy this one and then start again on Monday," she said.';
    expect(quoteSources(text)).toEqual(['quote Ana Ruiz', 'quote Ana Ruiz', 'figure Ana Ruiz', 'quote Ana Ruiz']);
    // Between quotes of two speakers, it is no one's.
    const two =
      '"We trained for months for this series," Ana Ruiz said after the match.\n\nRuiz gave the credit to her bowlers.\n\n' +
      '"Nobody wins a match alone. It took all of us to beat them today."\n\n"We will come back stronger next week," Lena Berg said.';
    expect(quoteSources(two)).toEqual(['quote Ana Ruiz', 'quote null', 'quote Lena Berg']);
  });
});
