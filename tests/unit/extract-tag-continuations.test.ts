// "…, Ostra Fire said in an update on Monday. It has burned 9,000 acres": a sentence on the thing briefed on, with no tag of
// its own, goes on with the briefing a closing tag named in the sentence before.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { figure } from './extract-helpers';

const owner = (text: string, phrase: string): string | null => figure(extract(text), phrase).claim.attributedTo ?? null;

describe('a sentence going on after a closing tag', () => {
  it('gives the counts of an "it" sentence to the source the tag before named', () => {
    const text = 'The blaze near Sellin has destroyed 820 homes, the Kelmor Forest Agency said in an update on Monday. It has burned 9,300 acres and is 30 percent contained.';
    expect(owner(text, '9,300')).toBe('Kelmor Forest Agency');
  });
  it('reads "The dead include" as a breakdown of the toll the tag gave', () => {
    const text = 'So far, 31 people have died in the valley, its mayor, Ilse Marr, said on Sunday. The dead include 19 adults and 12 children.';
    expect(owner(text, '19')).toBe('Ilse Marr');
  });
  it('leaves a sentence whose source opens the sentence before, or that has a paragraph of its own', () => {
    expect(owner('The Kelmor Forest Agency said the blaze destroyed 820 homes. It has burned 9,300 acres.', '9,300')).toBeNull();
    expect(owner('The blaze has destroyed 820 homes, the Kelmor Forest Agency said.\n\nIt has burned 9,300 acres.', '9,300')).toBeNull();
  });
  it('leaves a count in a relative clause on another thing: background, not the briefing', () => {
    const text = 'The blaze near Sellin has destroyed 820 homes, the Kelmor Forest Agency said on Monday. It reached hills still bare after the Dorna fire, which burned 4,000 acres two summers ago.';
    expect(owner(text, '4,000')).toBeNull();
    expect(owner(text.replace(', which burned', ' and burned'), '4,000')).toBe('Kelmor Forest Agency');
  });
  it('gives up cleanly when the sentence before holds no count', () => {
    const text = 'Ostra Fire said the blaze grew overnight. It has burned 9,300 acres and is 30 percent contained.';
    expect(owner(text, '9,300')).toBeNull();
  });
});
