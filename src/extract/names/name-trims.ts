/** Words trimmed off the ends of a name: connectors, an opening function word, a demonym before a person's name. */

import { abbreviates } from './merge';
import { isHeadToken } from './name-shapes';
import type { Known } from './occurrence';
import { followsDateline } from './sentence-openers';
import { COMMA, isLowerAscii, OPEN_PAREN } from '../chars';
import { lowerWordAfter } from '../scan';
import { isAcronym, isConnector, isShortForm, type Token } from '../tokens';
import { DEMONYM, FUNCTION, GENERIC_ACRONYM, GIVEN_NAME, HEAD_WORD, NUMBER_WORD, ORG_CUE, PLACE_NOUN, REPORTING_VERB, ROLE_MODIFIER, VERB_FILLER, wordClass } from '../wordclass';

/** Drops connectors at the ends and function words that open the span ("The", sentence-initial "With"); `text` is where the span was read. */
export function trim(words: Token[], text?: string): Token[] {
  // "Dozens of Kelmor police": a count in the plural and its "of" open no name.
  let s = words.length > 2 && words[1]!.text === 'of' && isCountPlural(words[0]!) ? 2 : 0;
  let e = words.length;
  for (;;) {
    const w = words[s];
    if (!w) break;
    const functionWord =
      w.cls & FUNCTION && !isAcronym(w.text) && (w.initial || opensAfterDateline(w, text) || w.lower === 'the' || w.lower === 'a' || w.lower === 'an') && !opensBodyName(words, s) && !(text !== undefined && allOpensBody(text, words, s)) && !isInitialA(words, s, text) && !isNameAn(words, s, text) && !isOwnerAn(words, s, text) && !opensTitledName(words, s, text);
    if (isConnector(w) || functionWord) s++;
    else break;
  }
  while (e > s && isConnector(words[e - 1]!)) e--;
  // "KELMOR HAS reported a loss": a lede's opening words set in capitals run on into its verb's auxiliary, no word of the name.
  if (e - s > 1 && words[s]!.initial && isCapitalsAuxiliary(words[e - 1]!)) e--;
  // "the KDR-OPC Figures said": a word for a body's numbers after its short form is what it published, no word of its name.
  if (e - s === 2 && DATA_WORDS.has(words[e - 1]!.lower) && isAcronym(words[s]!.text.replace(/-/g, ''))) e--;
  s = afterTypeWord(words, s, e);
  return s === 0 && e === words.length ? words : words.slice(s, e);
}

/** An auxiliary verb set in capitals ("HAS", "WILL"), as a lede's capitals carry it on from the subject. */
const isCapitalsAuxiliary = (w: Token): boolean => AUXILIARIES.has(w.lower) && w.text === w.text.toUpperCase();
const AUXILIARIES: ReadonlySet<string> = new Set(['has', 'have', 'had', 'is', 'was', 'were', 'are', 'will', 'would', 'could', 'may', 'might', 'can', 'did', 'does']);

/** "OSTRA (Kelmor News) – As the Varn Party …": the word after a dateline's dash opens the story's first sentence. */
const opensAfterDateline = (w: Token, text: string | undefined): boolean => text !== undefined && followsDateline(text, w);

const DATA_WORDS: ReadonlySet<string> = new Set(['figures', 'data', 'statistics', 'tally', 'tallies', 'records']);

/**
 * "the NGO Kelmor Aid", "Rights NGO Varn Watch": a kind of body written in capitals ("NGO") before more of the
 * name says what the body is and is no word of its name, nor is what qualifies it; unless a head word follows it
 * ("NGO Forum"), which makes the kind the name's first word. Where the name starts from `s` to `e`.
 */
function afterTypeWord(words: readonly Token[], s: number, e: number): number {
  for (let k = e - 2; k >= s; k--) {
    const w = words[k]!;
    if (w.cls & GENERIC_ACRONYM && w.cls & ORG_CUE && isAcronym(w.text) && !isHeadToken(words[k + 1]!)) return k + 1;
  }
  return s;
}

/** "Dozens", "Hundreds", "Scores": a number word in the plural, a vague count. */
const isCountPlural = (w: Token): boolean => w.lower === 'scores' || (w.lower.endsWith('s') && (wordClass(w.lower.slice(0, -1)) & NUMBER_WORD) !== 0);

/** "A. K. Varnesan": a capital "A" with its full stop before more of the name is an initial, no article. */
const isInitialA = (words: Token[], s: number, text?: string): boolean =>
  words[s]!.text === 'A' && s + 1 < words.length && (text !== undefined ? text.charCodeAt(words[s]!.end) === 46 : words[s + 1]!.start === words[s]!.end + 2);

/**
 * "the rights group A Road to Justice said", "according to A Bridge for Peace": a capital "A" mid-sentence (after a comma, a
 * bracket or a lower-case word) before capitalised words joined by "to" or "for" opens a body named like a title; the
 * article mid-sentence is written "a". The whole is one name (see isTitledName).
 */
function opensTitledName(words: readonly Token[], s: number, text: string | undefined): boolean {
  const w = words[s]!;
  if (s !== 0 || w.text !== 'A' || w.initial || text === undefined || words.length < 4 || !words[words.length - 1]!.capitalised) return false;
  if (!words.some((t, k) => k > 1 && k < words.length - 1 && TITLE_CONNECTORS.has(t.text))) return false;
  // "(A Road …", or a space after a comma or a lower-case letter.
  const twoBefore = text.charCodeAt(w.start - 2);
  return text.charCodeAt(w.start - 1) === OPEN_PAREN || (text[w.start - 1] === ' ' && (twoBefore === COMMA || isLowerAscii(twoBefore)));
}
const TITLE_CONNECTORS: ReadonlySet<string> = new Set(['to', 'for']);

/** A name opened by the capital "A" that trim kept (opensTitledName): one name, whose "to" or "for" is no place to cut it. */
export const isTitledName = (words: readonly Token[]): boolean => words.length > 3 && words[0]!.text === 'A' && !words[0]!.initial;

/**
 * "the bureau's spokesman, An Weiqin, said", "told An Lirong.": a capital "An" mid-sentence, after a comma or a lower-case
 * word, before one more word that ends the name (a comma, a full stop or a reporting verb after it), is a given name or a
 * surname; the article there is written "an" (one opening a sentence or a quote is `initial`), and "Later, An Ostra
 * official said" stays the article's slip before a noun.
 */
function isNameAn(words: readonly Token[], s: number, text: string | undefined): boolean {
  const w = words[s]!;
  if (w.text !== 'An' || w.initial || text === undefined || words.length !== s + 2 || text.charCodeAt(w.start - 1) !== 32) return false;
  const c = text.charCodeAt(w.start - 2);
  if (c !== 44 && !(c >= 97 && c <= 122)) return false; // "," or a lower-case letter
  const end = words[s + 1]!.end;
  const after = text.charCodeAt(end);
  return after === 44 || after === 46 || (wordClass(lowerWordAfter(text, end, Math.min(text.length, end + 20))) & REPORTING_VERB) !== 0;
}

/**
 * "An Ostra has cut 300 jobs … An Ostra's board said": a capital "An" before a word the article also writes as an owner right
 * after "An" is its name's first word (the Irish article of a body's name, "An Post"); English writes no "an" before an owner's
 * name. Read only where the run goes on after "An", so most texts are never searched.
 */
function isOwnerAn(words: readonly Token[], s: number, text: string | undefined): boolean {
  const w = words[s]!;
  const next = words[s + 1];
  if (w.text !== 'An' || next === undefined || text === undefined || !next.capitalised || next.cls & DEMONYM) return false;
  return text.includes(`An ${next.text}'s `) || text.includes(`An ${next.text}\u2019s `);
}

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
export function dropDemonym(words: Token[], named: Known, text: string): Token[] {
  if (words.length < 2 || !(words[0]!.cls & DEMONYM) || words[words.length - 1]!.cls & (HEAD_WORD | PLACE_NOUN) || headsTail(words) || shortFormSpellsDemonym(text, words)) return words;
  const rest = words.slice(1);
  return rest.length > 1 || rest[0]!.cls & GIVEN_NAME || named(rest[0]!.lower) ? rest : words;
}

/**
 * "Ostran Resources Corp Bhd (ORCB)": the short form in brackets right after the words opens with the
 * demonym's letter and spells them all, so the demonym is the company's first word, no nationality.
 */
function shortFormSpellsDemonym(text: string, words: readonly Token[]): boolean {
  const short = /^ \(([^()\s]{2,8})\)/.exec(text.slice(words[words.length - 1]!.end, words[words.length - 1]!.end + 12))?.[1];
  return short !== undefined && isShortForm(short) && short[0] === words[0]!.text[0] && abbreviates(short.toLowerCase(), words.map((w) => w.lower));
}

/** "Russian Ministry of Foreign Affairs": a head word before a connector makes the words an institution's name, tail and all. */
const headsTail = (words: Token[]): boolean => words.some((w, k) => k + 1 < words.length && isHeadToken(w) && isConnector(words[k + 1]!));
