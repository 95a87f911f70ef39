/** Capitalised words in double quotes before a noun: the title of a show, a campaign or a policy, no source. */

import { classAt, LETTER } from '../chars';
import type { Token } from '../tokens';
import { FUNCTION, ORG_CUE, OUTLET_CUE, REPORTING_VERB, VERB_FILLER } from '../wordclass';

/**
 * "At a “Laging Handa” briefing", "the “Stop the Steal” rally": capitalised words in double quotes
 * between an article and a lower-case noun are the title of a show, a campaign or a policy, no source.
 * A body's cue word after them keeps the name ("the “Rosneft” company"), and so does a verb ("“Kommersant” reported").
 */
export function isQuotedModifier(text: string, run: Token[], next: Token | undefined): boolean {
  const start = run[0]!.start;
  const end = run[run.length - 1]!.end;
  if (!next || next.capitalised || next.start !== end + 2 || text[end + 1] !== ' ' || !isDoubleQuote(text[start - 1]) || !isDoubleQuote(text[end])) return false;
  if (next.cls & (ORG_CUE | OUTLET_CUE | REPORTING_VERB | VERB_FILLER | FUNCTION) || next.lower.endsWith('ed')) return false;
  return ARTICLE_BEFORE.test(text.slice(Math.max(0, start - 6), start - 1));
}

const isDoubleQuote = (c: string | undefined): boolean => c === '“' || c === '”' || c === '"';
/** "a ", "an ", "the " ending the text before a quotation mark. */
const ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:a|an|the) $/iu;

/**
 * "a new report titled Ashes and Salt, by the Kelmor Rights Watch": capitalised words right after "titled" or
 * "entitled" are the title of a book, a report or a film, no source, whatever connectors run through them.
 */
export function isTitledWork(text: string, run: readonly Token[]): boolean {
  // Read with startsWith, not an expression: this asks of every run.
  const at = run[0]!.start - 7;
  if (!text.startsWith('titled ', at)) return false;
  const before = text.startsWith('en', at - 2) ? at - 3 : at - 1;
  return before < 0 || !(classAt(text, before) & LETTER);
}
