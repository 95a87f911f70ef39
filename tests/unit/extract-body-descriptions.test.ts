// A described kind of body ("the rights group") and a body's branch in a place ("the agency's Varn office") speak for the body named.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { byKind } from './extract-source-helpers';

const quoteSpeakers = (text: string): (string | null)[] =>
  extract(text)
    .claims.filter((c) => c.kind === 'quote')
    .map((c) => c.attributedTo);

describe('"the rights group said" stands for the body that spoke before', () => {
  it('gives a rights or aid body’s quote and figure to the body named speaking before', () => {
    const text =
      'Ostra International said on Monday that security forces had killed over 300 people in Varn.\n\nIn a new report, the rights group said that “at least 304 people were killed, and thousands injured” during the crackdown.';
    expect(quoteSpeakers(text)).toEqual(['Ostra International']);
    expect(byKind(extract(text), 'figure')).toEqual(['Ostra International', 'Ostra International']);
  });

  it('leaves "the militant group" unnamed: a body of another cause the text may never name', () => {
    const text = 'Ostra International said on Monday that 300 people had died.\n\nIn a statement, the militant group said 20 of its fighters were killed.';
    expect(byKind(extract(text), 'figure')).toEqual(['Ostra International', null]);
  });

  it('leaves "the rights group" unnamed where the body named before did not speak', () => {
    const text = 'Ostra International has long campaigned in Varn.\n\nIn a new report, the rights group said that 304 people were killed.';
    expect(byKind(extract(text), 'figure')).toEqual([null]);
  });
});

describe('"the agency’s Varn office said" speaks for the agency', () => {
  it('gives a quote and a figure to the body whose branch in a place speaks', () => {
    expect(quoteSpeakers('"The impact has been profound," the Ostra Agency’s Kelmor office said in a statement.')).toEqual(['Ostra Agency']);
    expect(byKind(extract('The Ostra Agency’s Kelmor office said 40 people were killed.'), 'figure')).toEqual(['Ostra Agency']);
  });

  it('leaves a person’s office in a place to no one', () => {
    expect(byKind(extract('Tomas Kelmor’s Varn office said 40 people were killed.'), 'figure')).toEqual([null]);
  });
});

describe('"the Ostra estimate of 670" is Ostra’s', () => {
  it('gives a figure after a named body’s estimate, count or toll "of" to that body', () => {
    expect(byKind(extract('The government figure is roughly triple the Ostra estimate of 670 killed.'), 'figure')).toEqual(['Ostra']);
    expect(byKind(extract('The Kelmor Institute’s count of 40 deaths is low.'), 'figure')).toEqual(['Kelmor Institute']);
    expect(byKind(extract('The Ostra Organisation for Migration has not changed its estimated death toll of 670.'), 'figure')).toEqual(['Ostra Organisation for Migration']);
  });

  it('leaves a toll of no named body to no one', () => {
    expect(byKind(extract('A death toll of 20 was given on Sunday.'), 'figure')).toEqual([null]);
  });
});

describe('"the group said" after the text called a body "the group"', () => {
  const opening = 'The Kelmor Prisoners Association (KPA) said on Monday that the army lied.\n\nThe KPA said the army’s claim was false. ';

  it('gives the quote to the body a sentence opening "The group" followed', () => {
    const text = `${opening}The group publishes a daily list of deaths.\n\nIt also often includes their ages.\n\n“Our figure of 738 is not inflated,” the group said.`;
    expect(quoteSpeakers(text)).toEqual(['Kelmor Prisoners Association']);
  });

  it('leaves "the group said" unnamed where the text never called the body so', () => {
    const text = `${opening}Rebels attacked a post in Varn.\n\n“Our figure of 738 is not inflated,” the group said.`;
    expect(quoteSpeakers(text)).toEqual([null]);
  });
});

describe('"The agency says" after a sentence between that reports nothing', () => {
  const opening = 'The Kelmor Refugee Council (KRC) says 12 migrants died off Varn.\n\nKRC said 9 people died in the hold of a second boat. ';
  const count = (text: string): string | null => extract(text).claims.find((c) => c.kind === 'figure' && c.figures[0]!.value === 4)!.attributedTo;

  it('stands for the body that opened the sentence before that one', () => {
    expect(count(`${opening}The boat reached Ostra on Tuesday.\n\nThe agency says another 4 migrants drowned when a third boat sank.`)).toBe('Kelmor Refugee Council');
  });

  it('stays unnamed where the sentence between names another body', () => {
    expect(count(`${opening}The Ostra Coast Guard towed the boat to port.\n\nThe agency says another 4 migrants drowned when a third boat sank.`)).toBeNull();
  });
});
