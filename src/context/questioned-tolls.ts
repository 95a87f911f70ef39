import type { Span } from '../extract/types';
import { hasLowerWord } from '../extract/ascii-words';

/**
 * "He said the toll of 60 did not square with what he had seen", "the official count of 40 was far from the truth": a toll
 * named by the count only to say it is wrong is the toll the speaker disputes (another source's), not the speaker's own count. Why:
 * credited to the speaker, it stood in the row beside the speaker's own higher count, as if one source gave both.
 */
export function questionedToll(text: string, span: Span): boolean {
  const before = text.slice(Math.max(0, span.start - QUESTIONED_REACH), span.start);
  if (!hasLowerWord(before, ' of ')) return false;
  return TOLL_OF.test(before) && QUESTIONED_AFTER.test(text.slice(span.end, span.end + QUESTIONED_REACH));
}
const QUESTIONED_REACH = 40;
/** "the (official) (death) toll of", "this figure of": the count names the toll it is. */
const TOLL_OF = /\b(?:the|this|that|their|its) (?:official |reported |announced )?(?:death )?(?:toll|figure|count|tally|number) of $/i;
/** The count's noun, if any, then "is not", "was not", "isn't", "is far from". */
const QUESTIONED_AFTER = /^(?: [\p{L}-]+)? (?:is|was|are|were)(?:n['’]t| not| far from| nowhere near)\b/iu;
