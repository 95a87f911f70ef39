// `,” said the <Body>'s <Name>`, `,” said <Body> <lower-case title> <Name>`, `,” <Name> of the <Body> said`,
// `,” <Name>, a <title> said`: tags whose speaker is a person behind the body she serves, not the body.
import { describe, expect, it } from 'vitest';
import { quoteStarting as quote } from './extract-helpers';

describe('“…,” said the <Body>\'s <Name>', () => {
  it('gives the quote, and the next one, to the person the body owns, not the body', () => {
    const text = '"The damage is vast, it is grim," said the Kelmor Relief Agency\'s Tomas Varn, who spoke from Ostra. "About 80 homes are still cut off."';
    expect(quote(text, 'The damage is vast')?.attributedTo).toBe('Tomas Varn');
    expect(quote(text, 'About 80 homes')?.attributedTo).toBe('Tomas Varn');
  });
  it('still gives it to the body where no person follows its name', () => {
    const text = '"The damage is vast, it is grim," said the Kelmor Relief Agency\'s latest bulletin from Ostra.';
    expect(quote(text, 'The damage is vast')?.attributedTo).not.toBe('Tomas Varn');
  });
});

describe('“…,” said <Body> <lower-case title> <Name>', () => {
  it('reads a title that lost its "of" ("chief mission") as the title of the person after it', () => {
    const text = '"This loss shows how much danger these families run," said KAF chief mission Lalo Verrin in a statement.';
    expect(quote(text, 'This loss shows')?.attributedTo).toBe('Lalo Verrin');
  });
  it('reads a place-led title of plain words ("cemetery keeper") as the person\'s', () => {
    const text = '"We buried 300 people at our site last month," said Ostra Hill cemetery keeper Ana Ruiz.';
    expect(quote(text, 'We buried 300')?.attributedTo).toBe('Ana Ruiz');
  });
  it('leaves the body speaking where no name closes the words after it', () => {
    const text = '"We buried 300 people at our site last month," said Ostra Hill cemetery staff in a note.';
    expect(quote(text, 'We buried 300')?.attributedTo).not.toBe('Ana Ruiz');
  });
});

describe('“…,” <Full Name> of the <Body> said', () => {
  it('gives the quote to a full name no list knows, placed "of the" agency it works for', () => {
    const text = '"So far we count 900 suspected cases and 40 deaths," Adaeze Korvu of the National Flood Agency said.';
    expect(quote(text, 'So far we count')?.attributedTo).toBe('Adaeze Korvu');
  });
  it('does not take a one-word name of no known kind for such a person', () => {
    const text = '"So far we count 900 suspected cases and 40 deaths," Kelmoria of the National Flood Agency said.';
    expect(quote(text, 'So far we count')?.attributedTo).not.toBe('Kelmoria');
  });
});

describe('“…,” <Full Name>, a <title> said (no comma closing the title)', () => {
  it('gives the quote to a full name no list knows that a title describes', () => {
    const text = 'A storm hit Ostra. "The road to the port is still shut," Lalo Hossain Verrin, a deputy harbour official said on the radio.';
    expect(quote(text, 'The road to the port')?.attributedTo).toBe('Lalo Hossain Verrin');
  });
  it('does not take the name where the words after the comma describe no person', () => {
    const text = 'A storm hit Ostra. "The road to the port is still shut," Lalo Hossain Verrin, a town up the coast said by phone.';
    expect(quote(text, 'The road to the port')?.attributedTo).not.toBe('Lalo Hossain Verrin');
  });
});

describe('“…” and <clause>, <Name>, a <title> said', () => {
  it('reads the tag past a clause joined to the quote by "and"', () => {
    const text = 'A storm hit Ostra. "Nobody yet knows what set off the flood" and the army was checking, Lalo Hossain Verrin, a deputy harbour official said on the radio.';
    expect(quote(text, 'Nobody yet knows')?.attributedTo).toBe('Lalo Hossain Verrin');
  });
  it('reads no tag past a clause joined by "and" that holds a verb of speech', () => {
    const text = 'A storm hit Ostra. "Nobody yet knows what set off the flood" and the army said so, a claim Lalo Hossain Verrin, a deputy harbour official denied.';
    expect(quote(text, 'Nobody yet knows')?.attributedTo).not.toBe('Lalo Hossain Verrin');
  });
});
