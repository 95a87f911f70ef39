/** Words trimmed off the ends of a name: connectors, an opening function word, a demonym before a person's name. */

import { isHeadToken } from './name-shapes';
import type { Known } from './occurrence';
import { lowerWordAfter } from '../scan';
import { isAcronym, isConnector, type Token } from '../tokens';
import { DEMONYM, FUNCTION, GIVEN_NAME, HEAD_WORD, NUMBER_WORD, PLACE_NOUN, REPORTING_VERB, ROLE_MODIFIER, VERB_FILLER, wordClass } from '../wordclass';

/** Drops connectors at the ends and function words that open the span ("The", sentence-initial "With"); `text` is where the span was read. */
export function trim(words: Token[], text?: string): Token[] {
  // "Dozens of Kelmor police": a count in the plural and its "of" open no name.
  let s = words.length > 2 && words[1]!.text === 'of' && isCountPlural(words[0]!) ? 2 : 0;
  let e = words.length;
  for (;;) {
    const w = words[s];
    if (!w) break;
    const functionWord =
      w.cls & FUNCTION && !isAcronym(w.text) && (w.initial || w.lower === 'the' || w.lower === 'a' || w.lower === 'an') && !opensBodyName(words, s) && !(text !== undefined && allOpensBody(text, words, s)) && !isInitialA(words, s, text);
    if (isConnector(w) || functionWord) s++;
    else break;
  }
  while (e > s && isConnector(words[e - 1]!)) e--;
  return s === 0 && e === words.length ? words : words.slice(s, e);
}

/** "Dozens", "Hundreds", "Scores": a number word in the plural, a vague count. */
const isCountPlural = (w: Token): boolean => w.lower === 'scores' || (w.lower.endsWith('s') && (wordClass(w.lower.slice(0, -1)) & NUMBER_WORD) !== 0);

/** "A. K. Varnesan": a capital "A" with its full stop before more of the name is an initial, no article. */
const isInitialA = (words: Token[], s: number, text?: string): boolean =>
  words[s]!.text === 'A' && s + 1 < words.length && (text !== undefined ? text.charCodeAt(words[s]!.end) === 46 : words[s + 1]!.start === words[s]!.end + 2);

/**
 * "First Kelmor Bank said": a sentence's opening "First" (the one function word that also qualifies a
 * title) before words ending in an institution's head is that body's name's first word, no ordinal.
 */
const opensBodyName = (words: Token[], s: number): boolean => s === 0 && words.length > 1 && (words[0]!.cls & ROLE_MODIFIER) !== 0 && isHeadToken(words[words.length - 1]!);

/**
 * "All Nippon Airways cancelled 30 flights", "All India Radio said": a sentence's opening "All" before words ending in a
 * body's head is that body's name's first word, unless a noun follows the head ("All Ostra Party members voted":
 * all of its members), read as any lower-case word but a function word, a verb's filler, a reporting verb or one in "-ed".
 */
function allOpensBody(text: string, words: Token[], s: number): boolean {
  const last = words[words.length - 1]!;
  if (s !== 0 || words.length < 2 || words[0]!.lower !== 'all' || !isHeadToken(last)) return false;
  const next = lowerWordAfter(text, last.end, Math.min(text.length, last.end + 24));
  return next === '' || (wordClass(next) & (FUNCTION | VERB_FILLER | REPORTING_VERB)) !== 0 || next.endsWith('ed');
}

/**
 * "Russian Vladimir Putin" names Putin and "Pakistani Kashmir" Kashmir; "Russian LGBT Network",
 * "Russian Ministry of Foreign Affairs", "Czech Republic" and "Muslim Brotherhood" keep their demonym: it is dropped only before a person's name (a given name,
 * or several words) or a word that is a name on its own.
 */
export function dropDemonym(words: Token[], named: Known): Token[] {
  if (words.length < 2 || !(words[0]!.cls & DEMONYM) || words[words.length - 1]!.cls & (HEAD_WORD | PLACE_NOUN) || headsTail(words)) return words;
  const rest = words.slice(1);
  return rest.length > 1 || rest[0]!.cls & GIVEN_NAME || named(rest[0]!.lower) ? rest : words;
}

/** "Russian Ministry of Foreign Affairs": a head word before a connector makes the words an institution's name, tail and all. */
const headsTail = (words: Token[]): boolean => words.some((w, k) => k + 1 < words.length && isHeadToken(w) && isConnector(words[k + 1]!));
