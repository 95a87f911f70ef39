import type { Claim } from '../extract/types';

/**
 * "“Eleven marchers were killed in the clashes,” the director said. Later that day, a paper reported that at least two other
 * marchers had died." beside the article's "has now risen to 13": a toll that a later count of "other" or "more" dead (from
 * another claim) brings to a toll the text also gives is that toll's earlier state, explained by the text itself, no rival of
 * it. The starts of those earlier tolls. Why: set beside the total it was brought to, the earlier count read as a dispute.
 */
export function explainedUpdates(text: string, claims: readonly Claim[]): Set<number> {
  const tolls = claims.flatMap((c) => (c.kind === 'figure' ? c.figures.filter((f) => f.about !== null && !f.change).map((f) => ({ f, claim: c })) : []));
  const out = new Set<number>();
  for (const { f: added, claim } of tolls) {
    if (added.upTo !== null || (added.comparator !== '=' && added.comparator !== '>=') || !OTHER_AFTER.test(text.slice(added.span.end, added.span.end + 30))) continue;
    // The earlier toll is any of the counts shortly before (the parts of its breakdown may stand between).
    for (const { f: base, claim: baseClaim } of tolls) {
      if (baseClaim === claim || base.about !== added.about || base.upTo !== null || base.span.end > added.span.start || added.span.start - base.span.end > BASE_REACH) continue;
      const total = base.value + added.value;
      if (tolls.some(({ f }) => f !== base && f.value === total && f.upTo === null && (f.about === base.about || f.about === null))) out.add(base.span.start);
    }
  }
  return out;
}
/** How far before the added count the toll it adds to may be told. */
const BASE_REACH = 600;
/** "two other people", "three more bodies", "four further deaths": the count's word, then the word that adds it. */
const OTHER_AFTER = /^ (?:other|more|further|additional)\b/i;
