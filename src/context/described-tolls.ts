import type { DiscrepancyValue } from './types';

/**
 * "… nearly double the official toll of 41", "the police figure of 12", "the ministry's count of 40", "hospital officials' tally of 9": a
 * count no one is said to give whose own words name whose count it is (the words right before it) is that source's. The owner, as
 * a reporter's label ("officials", "the police", "the ministry", "hospital officials"), or null. Why: uncredited, the count stood
 * in its row with no source beside a sourced rival, half a disagreement.
 */
export function describedOwner(text: string, start: number): string | null {
  const before = text.slice(Math.max(0, start - OWNER_REACH), start);
  // Cheap test first: the phrase ends with "of", "at" or "was" before the number.
  if (!/(?:of|at|was) $/.test(before)) return null;
  const m = OWNED_COUNT.exec(before);
  if (!m) return null;
  const owner = m[1]!.replace(/['’]s?$/, '').toLowerCase();
  if (owner === 'official') return 'officials';
  return /s$/.test(owner) && !/(?:police|news)$/.test(owner) ? owner : `the ${owner}`;
}
const OWNER_REACH = 60;
/**
 * Its owner (a body, maybe after one word: "hospital officials'", "the health ministry's"; or "official") before "(death)
 * toll|figure|count|tally" and "of|at|was". Bodies only: "Monday's toll of 40" is no one's.
 */
const OWNED_COUNT = /\b(?:(?:the|an?) )?((?:[a-z]+ )?(?:(?:officials|authorities)['’]|(?:ministry|government|agency|army|police|hospital|council|department)(?:['’]s)?)|official)(?: death| casualty)? (?:toll|figure|count|tally|estimate) (?:of|at|was|stood at|put at) $/i;

/** `v` credited to the owner its words name, where it has no source. */
export const creditDescribed = (text: string | undefined, v: DiscrepancyValue): DiscrepancyValue => {
  if (text === undefined || v.attributedTo !== null || v.reportedBy !== null || v.span === null) return v;
  const owner = describedOwner(text, v.span.start);
  return owner === null ? v : { ...v, reportedBy: owner };
};
