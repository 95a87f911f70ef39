import type { Claim, Figure } from '../extract/types';
import { headNoun } from './toll-groups';

/**
 * "over 60 people died during the week and 35 of those people died in Ostra": a count picked out of "those" (or
 * "these") people that a toll of the same event told just before counts is a part of that toll, no toll of its own. Why: set
 * beside another source's toll, the part reads as one more rival value. Not "300 were injured and three of those people died":
 * a count of another event than the group's is a toll of its own.
 */
export function partOfThose(text: string, claims: readonly Claim[], f: Figure): boolean {
  const m = OF_THOSE.exec(text.slice(f.span.end, f.span.end + 40));
  if (!m) return false;
  const noun = m[1]!.toLowerCase();
  for (const claim of claims) {
    if (claim.kind !== 'figure') continue;
    for (const g of claim.figures) {
      if (g.span.end > f.span.start || f.span.start - g.span.end > THOSE_REACH || g.about !== f.about || !g.unit) continue;
      if (headNoun(g.unit) === noun) return true;
    }
  }
  return false;
}
const OF_THOSE = /^ of (?:those|these) ([\p{L}-]+)/u;
const THOSE_REACH = 300;
