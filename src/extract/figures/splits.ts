/**
 * A poll's split after a verb of leading ("Clinton leading 63/37", "ahead of Burr 52/34"): two shares
 * of a whole, which dates ("24/6") and codes ("24/7") are not. Each share is a figure in percent.
 */
import type { NumberHit } from './numbers';

const SPLIT_AFTER = /^\/(\d{1,2})(?![\d/.:,]\d)/;
const SPLIT_BEFORE =
  /\b(?:lead|leads|leading|led|up|ahead|ahead of|behind|trail|trails|trailing|trailed|won|wins|winning|lost|losing|beat|beats|beating|margin of)\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,3}$/u;

/**
 * Length of "/37" after the whole number `digits` at `start` in `slice` when they make a poll's split
 * (`after` is the text right after the digits), else 0.
 */
export function splitLength(slice: string, start: number, digits: string, after: string): number {
  if (digits.length > 2) return 0;
  const m = SPLIT_AFTER.exec(after);
  if (!m || Number(digits) + Number(m[1]) > 100) return 0;
  return SPLIT_BEFORE.test(slice.slice(Math.max(0, start - 40), start)) ? m[0].length : 0;
}

/**
 * "56-44 on the two-party vote": the hit spanning a poll's split, cut into its two shares, each a figure in percent
 * (the trailing one is the other side's share, no less a figure than the leading one).
 */
export function bothShares(text: string, hit: NumberHit): NumberHit[] {
  const phrase = text.slice(hit.start, hit.end);
  const trail = TRAILING_SHARE.exec(phrase);
  if (!trail) return [hit];
  const trailStart = hit.start + trail.index + trail[1]!.length;
  return [
    { ...hit, end: hit.start + LEADING_DIGITS.exec(phrase)![0].length },
    { ...hit, value: Number(trail[2]), start: trailStart, end: hit.end },
  ];
}
const TRAILING_SHARE = /([/–-]\s?)(\d{1,2})$/;
const LEADING_DIGITS = /^\d+/;

/**
 * "survived by an 85-21 majority", "the bill passed 60-38 in a vote", "the board voted 7-2": the two sides' votes, each
 * a figure in votes, which a game's score ("a 3-2 win") is not.
 */
export function isVoteTally(low: string, high: string, before: string, after: string): boolean {
  if (high.includes('.') || low.length > 3 || high.length > 3) return false;
  return VOTE_AFTER.test(after) || VOTED_BEFORE.test(before);
}
const VOTE_AFTER = /^\s+(?:in\s+(?:a|the)\s+)?(?:majority|vote|votes)\b/;
const VOTED_BEFORE = /\bvoted\s+$/;
