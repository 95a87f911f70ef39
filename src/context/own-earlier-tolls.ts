import type { Claim, Figure } from '../extract/types';
import { reporterKey } from './toll-sources';

/**
 * "The police in Ostra have confirmed 86 people died. … 'Eighty-six persons were killed,' the police said. … The police had
 * earlier put the count at 11.": a count a source "had earlier" given, where the same source gives another count of the
 * toll elsewhere in the text, is that source's earlier count, since revised: no rival of its own later one or of anyone's.
 * A source's other count may name no topic (a quote's bare "86"): it counts when a toll of the topic has its number.
 */
export function ownEarlierCount(text: string, claims: readonly Claim[], claim: Claim, f: Figure): boolean {
  if (f.about === null) return false;
  const before = text.slice(Math.max(0, f.span.start - EARLIER_REACH), f.span.start);
  if (!HAD_EARLIER.test(before)) return false;
  // The source's key (normalizing its label) only once the words say "had earlier": read first, it was a cost for every toll.
  const key = claim.attributedTo ?? reporterKey(claim.reportedBy);
  if (key === null) return false;
  const tolls = claims.flatMap((c) => (c.kind === 'figure' ? c.figures.filter((g) => g.about === f.about && !g.change) : []));
  return claims.some(
    (c) =>
      c.kind === 'figure' &&
      (c.attributedTo ?? reporterKey(c.reportedBy)) === key &&
      c.figures.some((g) => g.span.start !== f.span.start && !g.change && g.value !== f.value && (g.about === f.about || (g.about === null && tolls.some((t) => t.value === g.value)))),
  );
}
const EARLIER_REACH = 120;
/** "had earlier announced that", "had previously said", then words up to the count. */
const HAD_EARLIER = /\bhad (?:earlier|previously|initially|first) (?:said|announced|reported|stated|confirmed|told [\p{L}-]+)\b[^.;:!?\d]*$/iu;
