// Lookups shared by the figure and discrepancy tests.
import { findDiscrepancies } from '../../src/context/discrepancies';
import { extract, type Claim, type Extraction, type Figure } from '../../src/extract';

/** The figure of each figure claim, in text order. */
export const figuresOf = (r: Extraction): Figure[] => r.claims.filter((c) => c.kind === 'figure').map((c) => c.figures[0]!);

/** The figures of a text; of an extraction, its figure claims (for tests that read their sources too). */
export function figures(text: string): Figure[];
export function figures(r: Extraction): Claim[];
export function figures(source: string | Extraction): Figure[] | Claim[] {
  return typeof source === 'string' ? figuresOf(extract(source)) : source.claims.filter((c) => c.kind === 'figure');
}
export const phrases = (text: string): string[] => figures(text).map((f) => f.phrase);

/**
 * The figure whose phrase is `phrase`: of a text, that figure; of an extraction, its claim and figure,
 * so a test can read who reported it. The error lists the phrases there are.
 */
export function figure(text: string, phrase: string): Figure;
export function figure(r: Extraction, phrase: string): { claim: Claim; figure: Figure };
export function figure(source: string | Extraction, phrase: string): Figure | { claim: Claim; figure: Figure } {
  const r = typeof source === 'string' ? extract(source) : source;
  const claim = r.claims.find((c) => c.kind === 'figure' && c.figures[0]!.phrase === phrase);
  if (!claim) throw new Error(`no figure "${phrase}" in ${JSON.stringify(figuresOf(r).map((f) => f.phrase))}`);
  return typeof source === 'string' ? claim.figures[0]! : { claim, figure: claim.figures[0]! };
}

/**
 * Discrepancies of an extracted text, as [about, "value source"], the source being the named one, else
 * the unnamed reporter's words and "(unnamed)", else "-". Without `sentences` the text is not passed,
 * so the places of figures are read from their claims.
 */
export function discrepancies(text: string, sentences = true): [string, string[]][] {
  return placedDiscrepancies(text, sentences).map(([about, , values]) => [about, values]);
}

/** Discrepancies of an extracted text as `discrepancies` gives them, with the places of each row between. */
export function placedDiscrepancies(text: string, sentences = true): [string, string[], string[]][] {
  const r = extract(text);
  return findDiscrepancies(r.claims, [], (id) => id, r.mentions, sentences ? text : undefined).map((d) => [
    d.about,
    d.places,
    d.values.map((v) => `${v.value} ${v.attributedTo ?? (v.reportedBy ? `${v.reportedBy} (unnamed)` : '-')}`),
  ]);
}

/** The discrepancies of a text as "about: value by source" rows, with each value's comparator. */
export function discrepancyRows(text: string): string[] {
  const r = extract(text);
  return findDiscrepancies(r.claims, [], (id) => id, r.mentions, text).map(
    (d) => `${d.about}: ${d.values.map((v) => `${v.comparator}${v.value} by ${v.attributedTo ?? v.reportedBy}`).join(' | ')}`,
  );
}

/** The quote claim whose text opens with `start`, if the extraction has one. */
export const quoteStarting = (text: string, start: string): Claim | undefined =>
  extract(text).claims.find((c) => c.kind === 'quote' && c.text.startsWith(start));

/** The description (`reportedBy`) of each figure claim's unnamed reporter, in text order. */
export const figureReporters = (text: string): (string | null | undefined)[] => extract(text).claims.filter((c) => c.kind === 'figure').map((c) => c.reportedBy);
