/** How the article writes each word with a capital: the evidence that a capitalised word is a name, not a word capitalised by its place. */

import type { Evidence, Known } from './occurrence';
import { followsDateline } from './sentence-openers';
import { isAcronym, isConnector, type Token } from '../tokens';
import { COMMON, DEMONYM, NAMES_ALONE } from '../wordclass';

// How the article writes a word with a capital, as bits of one map (`capitalUses`): one lookup
// answers every question about a word, where a set per question cost a lookup each.

/** Capitalised mid-sentence somewhere: a name even where it opens a sentence. */
const MID_SENTENCE = 1;
/**
 * Capitalised mid-sentence other than right after a demonym: "Kashmir" in "Indian-run Kashmir",
 * not "Brotherhood" in "the Muslim Brotherhood".
 */
const ALONE = 2;
/**
 * Capitalised mid-sentence as a one-word name: "Police" in "the Police said", not in "the County
 * Police Department". A common noun of the lexicon is a name at a sentence start only if so, and a
 * word after a title's "of" only if so ("Secretary of State Blinken", not "of Institutional Relations").
 */
const SOLO = 4;
/**
 * Capitalised mid-sentence as the first word of a longer name, and otherwise: "Local" of
 * "ProPublica’s Local Reporting Network" is no evidence for "Local economists warned" (a surname is a
 * last word), unless the lexicon knows the word as a name on its own ("Labour" of "Labour MPs"), it
 * is an acronym ("CDU/CSU") or it owns something ("Port’s possession", for Port United).
 */
const OPENING = 8;
const NOT_OPENING = 16;
/**
 * Capitalised with no name before it and neither a name nor a connector after it, also at a
 * sentence start: "Kane" in "Kane scored", not "Alternative" in "Alternative for Germany".
 */
const SINGLE = 32;

/** The bits above of each lower-case word the article writes with a capital; `capitals` are the indexes of the capitalised tokens. */
function capitalUses(text: string, tokens: readonly Token[], capitals: readonly number[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const k of capitals) {
    const t = tokens[k]!;
    const prev = k > 0 ? tokens[k - 1] : undefined;
    const afterName = prev?.capitalised && prev.end + 1 === t.start;
    const next = tokens[k + 1];
    const joinedNext = next !== undefined && t.end + 1 === next.start;
    const beforeName = joinedNext && next.capitalised;
    let bits = !afterName && !beforeName && !(joinedNext && isConnector(next)) ? SINGLE : 0;
    // "OSTRA — Aid workers …": the word after a dateline opens the story's first sentence, so says nothing of a name.
    if (!t.initial && !(k > 0 && prev!.end < t.start - 2 && followsDateline(text, t))) {
      bits |= MID_SENTENCE;
      if (!(afterName && prev!.cls & DEMONYM)) bits |= ALONE;
      if (!afterName && !beforeName) bits |= SOLO;
      bits |= !afterName && beforeName ? OPENING : NOT_OPENING;
    }
    if (bits) out.set(t.lower, (out.get(t.lower) ?? 0) | bits);
  }
  return out;
}

/** What the article's capitals say about its words, read once for every question asked of a word. */
export interface Capitals {
  evidence: Evidence;
  /** Capitalised mid-sentence somewhere. */
  midSentence: Known;
  /**
   * A sentence-initial word is a name where the article capitalises it elsewhere (a common noun of
   * the lexicon only as a one-word name), and not only as the first word of longer names.
   */
  namedElsewhere: (t: Token) => boolean;
}

/** Reads how the article writes its words with capitals, once per article; `capitals` are the indexes of the capitalised tokens. */
export function readCapitals(text: string, tokens: readonly Token[], capitals: readonly number[], known: Known): Capitals {
  const byWord = capitalUses(text, tokens, capitals);
  const uses = (lower: string): number => byWord.get(lower) ?? 0;
  return {
    evidence: {
      known,
      named: (lower) => (uses(lower) & ALONE) !== 0 || known(lower),
      solo: (lower) => (uses(lower) & SOLO) !== 0 || known(lower),
      single: (lower) => (uses(lower) & SINGLE) !== 0 || known(lower),
    },
    midSentence: (lower) => (uses(lower) & MID_SENTENCE) !== 0,
    namedElsewhere: (t) => {
      const bits = uses(t.lower);
      return (
        (bits & (t.cls & COMMON ? SOLO : MID_SENTENCE)) !== 0 &&
        ((bits & NOT_OPENING) !== 0 || !(bits & OPENING) || (t.cls & NAMES_ALONE) !== 0 || isAcronym(t.text) || /^['’]s\b/.test(text.slice(t.end, t.end + 3)))
      );
    },
  };
}
