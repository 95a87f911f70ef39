import type { Span } from '../extract/types';
import { hasLowerWord } from '../extract/ascii-words';

/**
 * "A village elder and three other people were killed", "killing a soldier and two others": a count of others joined by
 * "and" to one person named in the same phrase counts, with that one, everyone the clause tells of: the toll is the count
 * plus one, no count of others added to a toll told before (toll-scopes.ts reads "others" so). Why: read as a count of
 * others, it never met the other source's toll, the very disagreement the text tells ("five" against "two").
 */
export function oneAndOthers(text: string, span: Span): boolean {
  if (!OTHERS_AFTER.test(text.slice(span.end, span.end + 8))) return false;
  const before = text.slice(Math.max(0, span.start - ONE_REACH), span.start);
  return hasLowerWord(before, ' and ') && ONE_AND.test(before);
}
const ONE_REACH = 60;
const OTHERS_AFTER = /^ others?\b/;
/**
 * "a|an|one|the", at most three words, the last not a plural, then "and" right before the count (maybe bounded); not after a
 * preposition ("nine soldiers were killed in the ambush and five others were wounded": the ambush is no one counted).
 */
const ONE_AND = /(?:^|[^\p{L}])(?<!\b(?:in|on|at|of|from|by|during|after|before|with|near|to|for|into|over|under) )(?:[Aa]n?|[Oo]ne|[Tt]he) (?:[\p{L}'’-]+ ){0,2}(?![\p{L}'’-]*[^s]s )[\p{L}'’-]+ and (?:at least |some |about )?$/u;
