// Figures a sentence gives to a speaker other than its first one: the main clause after "While X said …",
// "with X reporting …", "X's office as estimating …", "confirmed by X, adding that …", "shared by X",
// and a closing "authorities said" that a place before it must not take over.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { figure } from './extract-helpers';

/** "attributedTo / reportedBy" of the figure whose phrase is `phrase`. */
function whoGave(text: string, phrase: string): string {
  const { claim } = figure(extract(text), phrase);
  return `${claim.attributedTo ?? '-'} / ${claim.reportedBy ?? '-'}`;
}

describe('the second speaker of a sentence', () => {
  it('gives the main clause after "While X said …," to its own named speaker', () => {
    const text = 'While the Ostra Water Board said four people had died, Fire Chief Lina Varga said the toll had risen to seven.';
    expect(whoGave(text, 'four')).toBe('Ostra Water Board / -');
    expect(whoGave(text, 'seven')).toBe('Lina Varga / -');
  });

  it('gives it to an unnamed speaker with a short form in brackets, and not the quote after it to the first', () => {
    const text =
      'While the Ostra Water Board (OWB) said four people had died, the Chief Officer (CO) said the toll had risen to seven.\n\n' +
      '"Seven deaths have been confirmed at the clinic on the top floor," the CO said.';
    const r = extract(text);
    expect(whoGave(text, 'seven')).toBe('- / the Chief Officer');
    expect(r.claims.find((c) => c.kind === 'quote')!.attributedTo).not.toBe('Ostra Water Board');
  });

  it('gives "with X reporting N" to X, past the place owning X', () => {
    const text = "Aid groups gave a higher count, with Tarsia's Institute for Peace and Justice reporting 41 deaths overall.";
    expect(whoGave(text, '41')).toBe('Institute for Peace and Justice / -');
  });

  it('gives "cited X\'s office as estimating N" to X', () => {
    const text = "In Tarsk, local media cited Mayor Lina Varga's office as estimating the crowd between 40,000 and 45,000 people.";
    expect(whoGave(text, 'between 40,000 and 45,000')).toBe('Lina Varga / -');
  });

  it('gives what follows "confirmed by X, adding that" to X', () => {
    const text = 'The death of the young marcher was confirmed by the head of the opposition Anton Bral, adding that 12 other marchers were injured.';
    expect(whoGave(text, '12')).toBe('Anton Bral / -');
  });

  it('gives "the toll of N shared by X" to X', () => {
    const text = 'The toll of 52 shared by the Ostra government in its daily bulletin on Monday rests on data from eight hospitals.';
    expect(whoGave(text, '52')).toBe('Ostra government / -');
  });

  it('gives "…, authorities said, warning …" to the authorities, not to the last name before them', () => {
    const text = 'More than 30 people were killed after floods swept through southern Norland and neighbouring Karo Tessa Monday, authorities said, warning the toll could rise.';
    expect(whoGave(text, 'More than 30')).toBe('- / authorities');
  });

  it('gives "X (A and B) has recorded N" to X, not to a name inside the bracket', () => {
    const text = 'Kelmor Institute (Ostra Trauma Centre and Varn) has recorded a total of 14 deaths, an official said.';
    expect(whoGave(text, '14')).toBe('Kelmor Institute / -');
  });
});
