import type { Claim } from '../extract/types';
import { agree } from './figures-agree';

/**
 * "Some 60 people died in Varn on Sunday, among them about 25 who drowned in the cellars": a source's total over every
 * cause, with the part one cause killed told after it. When another source's toll agrees with that part, the story's toll is the
 * cause's (a gas attack, not all the day's deaths): the part is the source's toll, the total a wider count that is no rival of it.
 * Otherwise the total is the toll and the part is a part of it (includedPart). The starts of the counts to leave out of the rows.
 */
export function causeTotalsAndParts(text: string, claims: readonly Claim[]): Set<number> {
  const tolls = claims.flatMap((c) => (c.kind === 'figure' ? c.figures.filter((f) => f.about !== null && !f.change).map((f) => ({ f, by: c.attributedTo ?? c.reportedBy ?? null })) : []));
  const out = new Set<number>();
  for (const total of tolls) {
    const after = CAUSE_PART.exec(text.slice(total.f.span.end, total.f.span.end + CAUSE_REACH));
    if (!after) continue;
    const at = total.f.span.end + after[0].length;
    const part = tolls.find((t) => t.f.span.start === at && t.f.about === total.f.about);
    if (!part) continue;
    const matched = tolls.some((o) => o.by !== null && o.by !== part.by && o.f.about === part.f.about && o.f.span.start !== at && agree(part.f, o.f));
    out.add(matched ? total.f.span.start : at);
  }
  return out;
}
const CAUSE_REACH = 120;
/**
 * After a count: " who died from suffocation". Wounds are no cause of their own: "including 12 who died of their wounds" are the
 * event's dead all the same.
 */
export const DIED_OF_CAUSE = /^ (?:people |persons )?who (?:died|were killed) (?:from|of|by) (?!(?:their |his |her )?(?:wounds|injuries)\b)/i;
/** Up to the part's count: "…, among them about 25 who drowned in the cellars" (the count and its cause: lookahead). */
const CAUSE_PART = new RegExp(
  String.raw`^[^.;:!?\d]{0,60}?,? including (?=(?:around |about |some |nearly |at least |more than )?[\d,]+${DIED_OF_CAUSE.source.slice(1)})`,
  'i',
);
