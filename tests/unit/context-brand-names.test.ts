// @vitest-environment node
// "Kelmor Foods, whose brands include Sunvale, Orto and Brisk, said …": names listed as what a company sells or makes are
// mentioned only, no cards, though the list stands before "said".
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { citedMentions } from '../../src/context/cited';

const cited = (text: string): string[] => [...citedMentions(extract(text), text)].map((m) => m.name);

describe('brands a company sells or makes', () => {
  it('cards no brand listed after "brands include" before the verb', () => {
    const found = cited('Kelmor Foods posted a loss. The snack group, whose best-known brands include Sunvale, Orto, Crisp-and-Dune and Brisk, said sales fell 4 per cent to $2.1 billion.');
    for (const brand of ['Sunvale', 'Orto', 'Crisp-and-Dune', 'Brisk']) expect(found).not.toContain(brand);
  });

  it('cards no product named after "the maker of"', () => {
    const found = cited('Ostra Home, the maker of Velo soap and Dune shavers, reported a 6 per cent drop in profit.');
    expect(found).toContain('Ostra Home');
    expect(found).not.toContain('Velo');
    expect(found).not.toContain('Dune');
  });

  it('still cards names listed as the speakers, and bodies after "policy makers of"', () => {
    expect(cited('Sunvale, Orto and Brisk said sales fell 4 per cent.')).toEqual(expect.arrayContaining(['Orto', 'Brisk']));
    expect(cited('Senior policy makers of Kelmor Bank said rates would rise.')).toContain('Kelmor Bank');
  });
});
