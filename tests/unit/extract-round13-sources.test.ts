// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

/** "value by" of each figure claim, the source being the named one or "-". */
const figureSources = (text: string): string[] =>
  extract(text)
    .claims.filter((c) => c.kind === 'figure')
    .map((c) => `${c.figures[0]!.value} ${c.attributedTo ?? '-'}`);

describe('thirteenth round: who reports a figure', () => {
  it('gives the figures after "with <body> saying" to that body', () => {
    const text = 'Officials gave conflicting numbers on Monday, with the National Disaster Management Agency saying that there were 310 people on the passenger list with 140 rescued and 9 dead.';
    expect(figureSources(text)).toEqual(['310 National Disaster Management Agency', '140 National Disaster Management Agency', '9 National Disaster Management Agency']);
  });

  it('gives the second of two "X said …, and <noun> Y said …" clauses to Y', () => {
    const text = 'Union leaders said 14 of the marchers were badly hurt, and activist Lena Vogt said more than 120 had been arrested.';
    expect(figureSources(text)).toEqual(['14 -', '120 Lena Vogt']);
  });

  it('reads a line wrapped after a capitalised name or a comma as one sentence', () => {
    const text = 'The toll has climbed to 64, the news site NDTV\nreports, citing officials.\n\nHe told reporters that 19 people had died,\nof whom 11 were children, police chief Omar Haddad said.';
    expect(figureSources(text)).toEqual(['64 NDTV', '19 Omar Haddad', '11 Omar Haddad']);
  });

  it('reads a line wrapped after "and" before a number as one sentence', () => {
    const text = 'Regional police chief Omar Haddad said that,\naccording to figures from the local hospital, between 20 and\n31 people were killed.';
    expect(figureSources(text)).toEqual(['20 Omar Haddad']);
  });
});
