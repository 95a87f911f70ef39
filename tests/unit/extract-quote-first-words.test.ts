// The first word of a quotation is capitalised by its place, whichever mark opens the quotation.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

const names = (text: string): string[] => extract(text).mentions.map((m) => m.name);

describe('a sentence adverb opening a quotation', () => {
  it('is no name where the page opens quotations with ” set against the word', () => {
    expect(names('”The roads are shut,” Ana Ruiz said by phone on Monday. ”Hopefully, we will reach the villages soon.”')).toEqual(['Ana Ruiz']);
    expect(names('Ana Ruiz said so. ”Luckily the dam held.”')).toEqual(['Ana Ruiz']);
    // A name after a closing ” stays a name.
    expect(names('“The dam held,” Ana Ruiz said. Tomas Varga agreed.')).toEqual(['Ana Ruiz', 'Tomas Varga']);
  });
});
