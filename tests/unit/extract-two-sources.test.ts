// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findDiscrepancies } from '../../src/context/discrepancies';
import { extract } from '../../src/extract';

/** Figure claims of a text as "value about source". */
const figures = (text: string): string[] =>
  extract(text)
    .claims.filter((c) => c.kind === 'figure')
    .map((c) => `${c.figures[0]!.value} ${c.figures[0]!.about ?? '-'} ${c.attributedTo ?? '-'}`);

/** Statement claims of a text as [text, source, values of its figures]. */
const statements = (text: string): [string, string | null, number[]][] =>
  extract(text)
    .claims.filter((c) => c.kind === 'statement')
    .map((c) => [c.text, c.attributedTo, c.figures.map((f) => f.value)]);

describe('two sources set side by side in one sentence', () => {
  it('gives the figure of a clause opened by "while", "whereas" or "but" to that clause’s own source', () => {
    expect(figures('The Kelmor Health Ministry said 30 people were killed, while the Ostra Red Cross put the toll at 55.')).toEqual([
      '30 killed Kelmor Health Ministry',
      '55 killed Ostra Red Cross',
    ]);
    expect(figures('The Kelmor Health Ministry said 30 people were killed, whereas the Ostra Red Cross said 55 people died.')).toEqual([
      '30 killed Kelmor Health Ministry',
      '55 killed Ostra Red Cross',
    ]);
    expect(figures('The Kelmor Health Ministry said 30 people were killed, but Ostra Watch estimated 55.')).toEqual([
      '30 killed Kelmor Health Ministry',
      '55 killed Ostra Watch',
    ]);
  });

  it('reads a second figure whose verb is left out as the second source’s count of the same thing', () => {
    expect(figures('The Kelmor Health Ministry counted 30 dead; the Ostra Red Cross, 55.')).toEqual(['30 killed Kelmor Health Ministry', '55 killed Ostra Red Cross']);
    expect(figures('Thirty people were killed according to the Kelmor Health Ministry and 55 according to the Ostra Red Cross.')).toEqual([
      '30 killed Kelmor Health Ministry',
      '55 killed Ostra Red Cross',
    ]);
    expect(figures('The Kelmor Health Ministry put the toll at 30 and the Ostra Red Cross at 55.')).toEqual(['30 - Kelmor Health Ministry', '55 - Ostra Red Cross']);
  });

  it('splits the statement at the clause, each part with its own source and figures', () => {
    expect(statements('The Kelmor Health Ministry said 30 people were killed, while the Ostra Red Cross put the toll at 55.')).toEqual([
      ['The Kelmor Health Ministry said 30 people were killed', 'Kelmor Health Ministry', [30]],
      ['the Ostra Red Cross put the toll at 55.', 'Ostra Red Cross', [55]],
    ]);
  });

  it('keeps one source where the second clause names no new one or gives no figure', () => {
    expect(figures('The Kelmor Health Ministry said 30 people were killed and 12 injured.')).toEqual(['30 killed Kelmor Health Ministry', '12 injured Kelmor Health Ministry']);
    expect(figures('The Kelmor Health Ministry said 30 people were killed, while rescuers searched for 12 more.')).toEqual([
      '30 killed Kelmor Health Ministry',
      '12 - Kelmor Health Ministry',
    ]);
    const sentence = 'The Kelmor Health Ministry said 30 people died but the Ostra Red Cross said nothing.';
    expect(figures(sentence)).toEqual(['30 killed Kelmor Health Ministry']);
    expect(statements(sentence)).toEqual([[sentence, 'Kelmor Health Ministry', [30]]]);
  });

  it('leaves a quote’s figures with its speaker', () => {
    const r = extract('The Kelmor Health Ministry said 30 people were killed, while the Ostra Red Cross said “at least 55 died in the blast.”');
    const quote = r.claims.find((c) => c.kind === 'quote')!;
    expect([quote.attributedTo, quote.figures.map((f) => f.value)]).toEqual(['Ostra Red Cross', [55]]);
    // Inside her quote, the other source's count is still what she says.
    expect(figures('Ana Ruiz of the Ostra Red Cross said: “We counted 30 dead, and the Kelmor Health Ministry said 55.”')).toEqual([
      '30 killed Ana Ruiz',
      '55 - Ana Ruiz',
    ]);
  });

  it('sets the two figures against each other as a discrepancy', () => {
    const text = 'The Kelmor Health Ministry said 30 people were killed, while the Ostra Red Cross put the toll at 55.';
    const r = extract(text);
    const found = findDiscrepancies(r.claims, [], (id) => id, r.mentions, text).map((d) => [d.about, d.values.map((v) => `${v.value} ${v.attributedTo}`)]);
    expect(found).toEqual([['killed', ['30 Kelmor Health Ministry', '55 Ostra Red Cross']]]);
  });
});
