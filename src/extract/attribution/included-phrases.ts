/** Phrases of the part a count includes, set off by commas ("17 dead, including four pupils, according to X"); separate because the figure's own source stands past them. */
import { COMMA } from '../chars';
import { type AttributionContext, type Element, hasCharBetween, punctuatedBetween } from './context';

/**
 * "…left 17 people dead, including four pupils, according to Minister Ana Ruiz": where an "including" phrase set off by a
 * comma at els[at] closes with a second comma, the index of the element after it; else `at`. Why: the "according to" past the
 * phrase names whose the count before it is as much as the part's, and the count went to the sentence's subject instead.
 */
export function pastIncluded(ctx: AttributionContext, els: Element[], at: number): number {
  if (!INCLUDED.has(els[at]?.lower)) return at;
  for (let k = at + 1; k < els.length && k <= at + INCLUDED_REACH; k++) {
    if (!punctuatedBetween(ctx, els[k - 1]!.end, els[k]!.start)) continue;
    return hasCharBetween(ctx, els[k - 1]!.end, els[k]!.start, COMMA) && /^\s*,\s*$/.test(ctx.text.slice(els[k - 1]!.end, els[k]!.start)) ? k : at;
  }
  return at;
}

/** Words opening a phrase of the part a count includes. */
const INCLUDED: ReadonlySet<string | undefined> = new Set(['including']);

/** Most words of such a phrase ("including six children and two of their teachers"). */
const INCLUDED_REACH = 8;
