// Speakers after a clause the sentence opens with ("Asked about …,", "When asked …,", "Addressing …,"), and a
// speaker's second verb joined by "and" before a quote.
import { describe, expect, it } from 'vitest';
import { quoteStarting } from './extract-helpers';

describe('a subject after a long fronted clause, whose verb quotes a few words', () => {
  it('gives words quoted after "X pointed out that" to X, behind a body and title', () => {
    const t = 'Asked about the cause of the slow rescue in the hill district, Varn Rescue Board Chief Inspector Jonas Wiklof pointed out that crews had "no working cranes" on site.';
    expect(quoteStarting(t, 'no working cranes')?.attributedTo).toBe('Jonas Wiklof');
  });
  it('does not give the quoted words to a person when a body, not a person, is the subject', () => {
    const t = 'Inspector Jonas Wiklof toured the district.\n\nAsked about the cause of the slow rescue in the hill district, the Varn Rescue Board pointed out that crews had "no working cranes" on site.';
    expect(quoteStarting(t, 'no working cranes')?.attributedTo).not.toBe('Jonas Wiklof');
  });
});

describe('a pronoun subject with two verbs joined by "and", the second introducing the quote', () => {
  const lead = 'At a briefing on Friday, harbour master Ilse Corrigan said 14 boats had sunk.\n\nShe said divers were still searching.\n\n';
  it('gives "When asked …, she … and said, “…”" to the person the pronoun stands for', () => {
    const t = lead + 'When asked how many sailors were still unaccounted for, she avoided the question and said, "The sea will tell us."';
    expect(quoteStarting(t, 'The sea will')?.attributedTo).toBe('Ilse Corrigan');
  });
  it('gives "Asked …, X shrugged and said, “…”" to X', () => {
    const t = lead + 'Asked about the weather, Corrigan shrugged and said, "The sea will tell us."';
    expect(quoteStarting(t, 'The sea will')?.attributedTo).toBe('Ilse Corrigan');
  });
  it('does not read a name between the subject and "and said" as the subject’s words', () => {
    const t = lead + 'Asked about the weather, she thanked Pavel Orrin and said, "The sea will tell us."';
    expect(quoteStarting(t, 'The sea will')?.attributedTo).not.toBe('Pavel Orrin');
  });
});
