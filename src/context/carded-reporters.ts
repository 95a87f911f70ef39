import type { Claim } from '../extract/types';
import { SAME_AS_BEFORE } from './described-bodies';
import type { Discrepancy, DiscrepancyValue, SourceCard } from './types';

/**
 * "Local Varn radio said 14.", "the government said Tuesday" beside a "Varn's government" card: a claim the extractor could
 * give only to a description keeps its words (`reportedBy`), and the card rules (describedBodies, creditNamedBodies) gave
 * that description a card of its own, or folded it into the named body it stands for, whose forms then hold it. Such a
 * claim is that card's: it is credited by the card's name (`attributedTo`), its words kept. Why: the card stood among the
 * sources while the count under it said it was no one's, so the reader could not tell whose the count was. A description
 * two cards hold, or none, stays as it was.
 */
export function creditCardedClaims<C extends Claim>(claims: readonly C[], cards: readonly SourceCard[]): C[] {
  const byLabel = cardOfLabel(cards);
  const credited = claims.map((c) => creditedToCard(c, byLabel));
  return credited.map((c) => (c.attributedTo === null && c.reportedBy && SAME_AS_BEFORE.test(c.reportedBy) ? { ...c, attributedTo: sourceBefore(credited, c) } : c));
}

/**
 * "The Varn Workers' League said …. According to the same source, …": whose the claim told nearest before it is (by where
 * it starts), or null. Why: the words point back to that source, and the claim showed no one's.
 */
function sourceBefore(claims: readonly Claim[], claim: Claim): string | null {
  let before: Claim | undefined;
  for (const c of claims) if (c.attributedTo !== null && c.span.start < claim.span.start && (!before || c.span.start > before.span.start)) before = c;
  return before?.attributedTo ?? null;
}

/**
 * The rows' values as the claims are credited (creditCardedClaims): a row names the card its count is under, and lists a
 * card's count once where its description and its name both gave it ("an Ostra rights group said 40 died" … "the Ostra
 * Rights League said 40 died").
 */
export function creditCardedRows(rows: readonly Discrepancy[], cards: readonly SourceCard[]): Discrepancy[] {
  const byLabel = cardOfLabel(cards);
  return rows.map((r) => {
    const values = r.values.map((v) => creditedToCard(v, byLabel));
    return { ...r, values: values.filter((v, i) => v.attributedTo === null || !values.slice(0, i).some((w) => sameCount(v, w))) };
  });
}
const sameCount = (v: DiscrepancyValue, w: DiscrepancyValue): boolean => v.value === w.value && v.comparator === w.comparator && v.upTo === w.upTo && v.attributedTo === w.attributedTo && v.origin === w.origin;

/** A claim or row value no one is credited with, credited to the card its description's words are a form of, if any. */
function creditedToCard<T extends { attributedTo: string | null; reportedBy: string | null }>(by: T, byLabel: ReadonlyMap<string, string>): T {
  const name = by.attributedTo === null && by.reportedBy ? byLabel.get(by.reportedBy.toLowerCase()) : undefined;
  return name ? { ...by, attributedTo: name } : by;
}

/** Each form of a cited source's card (not a place's), lower-cased, to the card's name; a form two cards hold maps to none. */
function cardOfLabel(cards: readonly SourceCard[]): Map<string, string> {
  const byLabel = new Map<string, string>();
  const shared = new Set<string>();
  for (const card of cards) {
    if (!card.cited || card.kind === 'place') continue;
    for (const form of new Set([card.name, ...card.forms].map((f) => f.toLowerCase()))) {
      if (byLabel.has(form) && byLabel.get(form) !== card.name) shared.add(form);
      else byLabel.set(form, card.name);
    }
  }
  for (const form of shared) byLabel.delete(form);
  return byLabel;
}
