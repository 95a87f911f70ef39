import type { Span } from '../extract/types';
import { hasLowerWord } from '../extract/ascii-words';

/**
 * "Varn's army said at least 150 of its men died. This figure reportedly includes over 30 wounded and 8 dead
 * civilians.": a count a sentence says the number told before holds is a part of that number, no rival of another source's
 * count (the other side's one civilian). Why: set side by side, two sides' counts of their own dead read as one toll disputed.
 */
export function includedInNumber(text: string, span: Span): boolean {
  const before = text.slice(Math.max(0, span.start - REACH), span.start);
  return hasLowerWord(before, 'includ') && NUMBER_INCLUDES.test(before);
}
const REACH = 120;
/** A sentence opening on "This number/figure/toll", an adverb at most, "(also) includes", then the list up to the count. */
const NUMBER_INCLUDES =
  /(?:^|[.!?]["”]?\s+|\n)["“]?(?:This|That|The|Their|Its) (?:number|figure|toll|total|tally|count)\s+(?:\p{L}+ly\s+)?(?:also\s+)?(?:includes|included|including)\b[^.;:!?]*$/iu;
