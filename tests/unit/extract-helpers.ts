// Lookups shared by the extraction and discrepancy tests.
import { findDiscrepancies } from '../../src/context/discrepancies';
import { extract, type Extraction, type Figure } from '../../src/extract';

/** The figure of each figure claim, in text order. */
export const figuresOf = (r: Extraction): Figure[] => r.claims.filter((c) => c.kind === 'figure').map((c) => c.figures[0]!);
export const figures = (text: string): Figure[] => figuresOf(extract(text));
export const phrases = (text: string): string[] => figures(text).map((f) => f.phrase);

/** The figure whose phrase is `phrase`; the error lists the phrases there are. */
export function figure(text: string, phrase: string): Figure {
  const found = figures(text).find((f) => f.phrase === phrase);
  if (!found) throw new Error(`no figure "${phrase}" in ${JSON.stringify(phrases(text))}`);
  return found;
}

/**
 * Discrepancies of an extracted text, as [about, "value source"], the source being the named one, else
 * the unnamed reporter's words and "(unnamed)", else "-". Without `sentences` the text is not passed,
 * so the places of figures are read from their claims.
 */
export function discrepancies(text: string, sentences = true): [string, string[]][] {
  const r = extract(text);
  return findDiscrepancies(r.claims, [], (id) => id, r.mentions, sentences ? text : undefined).map((d) => [
    d.about,
    d.values.map((v) => `${v.value} ${v.attributedTo ?? (v.reportedBy ? `${v.reportedBy} (unnamed)` : '-')}`),
  ]);
}
