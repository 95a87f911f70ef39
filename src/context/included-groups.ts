import type { Claim, Figure } from '../extract/types';
import { hasLowerWord } from '../extract/ascii-words';

/**
 * "Over 900 people have been killed in Ostra … The monitor says this number includes at least 600 civilians": a count of a group the
 * toll right before it is said to include counts that toll's thing (its event), the group's share of it. The toll it is in, with
 * the count's own unit and span; null for none. Why: extraction gives it no event, so the group's count, which another source
 * disputes, was lost to the rows.
 */
export function includedGroupToll(text: string, claims: readonly Claim[], f: Figure): Figure | null {
  if (f.about !== null || f.change || f.unit === null) return null;
  const before = text.slice(Math.max(0, f.span.start - REACH), f.span.start);
  if (!hasLowerWord(before, 'includ') || !INCLUDES.test(before)) return null;
  let toll: Figure | undefined;
  for (const c of claims) if (c.kind === 'figure') for (const t of c.figures) if (t.about !== null && !t.change && t.span.end <= f.span.start && (!toll || t.span.end > toll.span.end)) toll = t;
  return toll && f.span.start - toll.span.end <= TOLL_REACH ? { ...f, about: toll.about } : null;
}
const REACH = 60;
/** How far before the count the toll it refers back to may end: its sentence and the next. */
const TOLL_REACH = 300;
/** "this number includes (at least)", "the toll included": the count right after is a share of the toll named before. */
const INCLUDES = /\b(?:this|that|the) (?:number|toll|figure|count|tally|total) (?:also )?(?:includes|included) (?:at least |more than |about |around |some |nearly |over )?$/i;
