// Forms of citing that name a source without "said": "X quoted Y as saying", "expressed its confidence that", "an X report says", "It denied".
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { byKind } from './extract-source-helpers';

describe('a closing "X quoted Y as saying" gives the sentence to Y', () => {
  it('gives the figure to the spokesman quoted, not to the party the sentence opens with', () => {
    const text = 'The Varn Party said 12 people died in the clashes, Ostra Radio quoted its spokesman, Ana Bell, as saying.';
    expect(byKind(extract(text), 'figure')).toEqual(['Ana Bell']);
  });

  it('keeps the sentence’s own speaker where the one quoted is no name', () => {
    const text = 'The Varn Party said 14 people died in the clashes, Ostra Radio quoted sources as saying.';
    expect(byKind(extract(text), 'figure')).toEqual(['Varn Party']);
  });
});

describe('"expressed its confidence that" reports a statement', () => {
  it('gives the figure of what a body expressed to that body', () => {
    const text = 'The Kelmor Unity Party (KUP) expressed its confidence today that its candidate Ana Ruiz will win the vote by at least ten per cent.';
    expect(byKind(extract(text), 'figure')).toEqual(['Kelmor Unity Party']);
  });

  it('leaves an amount "expressed in" a currency to no one', () => {
    expect(byKind(extract('Prices expressed in euros rose 4 per cent.'), 'figure')).toEqual([null]);
  });
});

describe('"an X (XW) report says" is X’s', () => {
  it('reads the body through its short form in brackets before the report', () => {
    const text = 'A Varn-based Ostra Watch (OW) report says that Kelmor forces have killed more than 400 protesters.';
    expect(byKind(extract(text), 'figure')).toEqual(['Ostra Watch']);
  });

  it('leaves a report after a bracketed word that is no short form of a body to no one', () => {
    const text = 'A new (draft) report says that Kelmor forces have killed more than 400 protesters.';
    expect(byKind(extract(text), 'figure')).toEqual([null]);
  });
});

describe('"It denied …" after a body is that body’s statement', () => {
  it('gives the denial to the body the sentence before named', () => {
    const text = 'After an internal inquiry, the Kelmor Army in November cleared itself of any blame. It denied killing any civilians or burning villages.';
    expect(byKind(extract(text), 'statement')).toEqual(['Kelmor Army']);
  });

  it('gives no statement to "it" where no body was named', () => {
    expect(byKind(extract('The storm hit Varn overnight. It denied the town its power for days.'), 'statement')).toEqual([]);
  });
});
