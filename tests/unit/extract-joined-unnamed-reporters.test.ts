// A clause joined to words no one reports, whose own unnamed subject reports a count.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

/** "value reportedBy" of each figure claim. */
const reporters = (text: string): string[] =>
  extract(text).claims.filter((c) => c.kind === 'figure').map((c) => `${c.figures[0]!.value} ${c.reportedBy ?? null}`);

describe('a joined clause whose unnamed subject reports', () => {
  it('gives the count after ", and relief groups said" to them, and the count before to no one', () => {
    expect(reporters('Twelve fishermen reached the shore at Varn on Sunday, and relief groups said 38 crew, including nine cadets, were still missing.')).toEqual([
      '12 null',
      '38 relief groups',
      '9 relief groups',
    ]);
  });

  it('gives the count after a dash to the media that estimate it', () => {
    expect(reporters('Nobody can yet confirm how many died with the digging still going on in Kelmor – some regional media estimate up to 140 were buried.')).toEqual([
      '140 some regional media',
    ]);
  });

  it('keeps a joined clause whose subject reports no count, and a dash before a clause of no speaker, as they were', () => {
    expect(reporters('Twelve fishermen reached the shore at Varn on Sunday, and the harbour master said the port would reopen.')).toEqual(['12 null']);
    expect(reporters('Twelve fishermen reached the shore at Varn on Sunday – 38 crew were still missing.')).toEqual(['12 null', '38 null']);
  });
});

describe('"media estimate"', () => {
  it('reads "estimate" after "media" as its verb', () => {
    expect(reporters('Local media estimate that 140 were buried in Kelmor.')).toEqual(['140 Local media']);
  });
});

describe('a report passed on after "that"', () => {
  /** "value attributedTo reportedBy" of each figure claim. */
  const owners = (text: string): string[] =>
    extract(text).claims.filter((c) => c.kind === 'figure').map((c) => `${c.figures[0]!.value} ${c.attributedTo} ${c.reportedBy ?? null}`);

  it('gives the count an unnamed subject told after "X said that" to that subject, not to X', () => {
    expect(owners('The Kelmor Rights League counted 52 dead. It said on Tuesday in Varn that government had previously said only four people had died.')).toEqual([
      '52 Kelmor Rights League null',
      '4 null government',
    ]);
  });

  it('keeps a count the subject found, not told, with X', () => {
    expect(owners('The Kelmor Rights League said on Tuesday that police had found four bodies near Varn.')).toEqual(['4 Kelmor Rights League null']);
  });
});
