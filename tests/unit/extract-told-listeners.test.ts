// The one a person "told" (a news agency, reporters) listens: it is never the speaker of what it was told, nor of a "he said" after.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

const quote = (text: string, start: string) => extract(text).claims.find((c) => c.kind === 'quote' && c.text.startsWith(start))!;

describe('an unnamed person who "told <outlet>"', () => {
  it('does not make the outlet after "…, told" the speaker of the sentence', () => {
    const r = extract('Another Kelmor resident, who did not want to give his name, told Ostra Radio on Sunday that the road had reopened.');
    expect(r.claims.find((c) => c.kind === 'statement')?.attributedTo ?? null).toBeNull();
  });
  it('ends the outlet\'s carry-over: the "he" who speaks next is the teller, not the outlet', () => {
    const text = 'Storms hit Varn this week. Roads were damaged, Ostra Radio reported. A monk told Ostra Radio on Friday that the river rose. "Some houses were swept away," he said at the time.';
    expect(quote(text, 'Some houses').attributedTo ?? null).toBeNull();
  });
  it('keeps a named teller as the speaker of the quotes after', () => {
    const text = 'Storms hit Varn this week. Roads were damaged, Ostra Radio reported. Ana Kelmor told Ostra Radio on Friday that the river rose. "Some houses were swept away," she said.';
    expect(quote(text, 'Some houses').attributedTo).toBe('Ana Kelmor');
  });
  it('keeps "…, said the agency" turned round to its subject', () => {
    const r = extract('Roads in Varn were damaged by the storm, said Ostra Radio.');
    expect(r.claims.find((c) => c.kind === 'statement')?.attributedTo).toBe('Ostra Radio');
  });
});
