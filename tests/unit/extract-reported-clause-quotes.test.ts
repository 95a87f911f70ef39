// A quote inside a clause its verb reports, the clause going on after the closing mark, then a tag closing the sentence.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

/** Text, speaker and unnamed reporter of each quote claim of `text`. */
const quotes = (text: string): [string, string | null, string | null][] =>
  extract(text)
    .claims.filter((c) => c.kind === 'quote')
    .map((c) => [c.text, c.attributedTo, c.reportedBy]);

describe('"X said the toll included “…” from the group, the Kelmor Times says"', () => {
  it('gives the quote to the clause’s subject, named or not, not to the outlet reporting the sentence', () => {
    expect(quotes('Minister Ana Kelm said this figure included “many of the rebels” from the militant group, the Kelmor Times says.')).toEqual([
      ['many of the rebels', 'Ana Kelm', null],
    ]);
    expect(quotes('Varn’s defence ministry said this figure included “many of the rebels” from the militant group, the Kelmor Times says.')).toEqual([
      ['many of the rebels', null, 'Varn’s defence ministry'],
    ]);
  });

  it('leaves the tag its quote where the quote closes the clause or nothing reports it before', () => {
    expect(quotes('Minister Ana Kelm said this figure included “many of the rebels”, the Kelmor Times says.')).toEqual([['many of the rebels', 'Kelmor Times', null]]);
    expect(quotes('The toll included “many of the rebels” from the militant group, the Kelmor Times says.')).toEqual([['many of the rebels', 'Kelmor Times', null]]);
  });
});

describe('a quote in a clause whose only verb of speech is a passive ("were recorded"), then a tag', () => {
  it('gives the quote to the tag’s speaker, for no one speaks in the clause', () => {
    expect(quotes('Over the summer, about a quarter of the injuries were recorded “in towns far behind the lines,” the observer team’s chief Mira Holst said.')).toEqual([
      ['in towns far behind the lines', 'Mira Holst', null],
    ]);
    expect(quotes('About a quarter of the injuries have been reported “in towns far behind the lines,” team chief Mira Holst said.')).toEqual([
      ['in towns far behind the lines', 'Mira Holst', null],
    ]);
    // The quote in a paragraph of its own after hers goes on with her.
    expect(quotes('About a quarter of the injuries were recorded “in towns far behind the lines,” team chief Mira Holst said.\n\n“No street in the region is out of range.”')[1]).toEqual([
      'No street in the region is out of range.',
      'Mira Holst',
      null,
    ]);
  });

  it('leaves the quote to the clause’s speaker where one speaks actively', () => {
    expect(quotes('Minister Ana Kelm said a quarter of the injuries were recorded “in towns far behind the lines,” team chief Mira Holst said.')).toEqual([
      ['in towns far behind the lines', 'Ana Kelm', null],
    ]);
  });

  it('gives no speaker from a clause a conjunction opens after the quote', () => {
    expect(quotes('Villagers were told to “keep off the roads after dark,” while district chief Mira Holst urged people to keep the phone lines free.')).toEqual([
      ['keep off the roads after dark', null, null],
    ]);
  });
});
