/** The head noun of the apposition after a name (", a housing charity", ", the union’s general secretary"); separate because it parses a phrase of its own, whose head may say a person, a body or an outlet. */
import { ARTICLES } from '../lexicon';
import { charBefore, classAt, isSpaceAt, isWordCode, LETTER, spacesFrom } from '../chars';
import { PERSON_NOUN, ROLE_HEAD, wordClass } from '../wordclass';

/**
 * Head noun of an apposition after a name: "charity" in ", a housing charity", "spokesman" in
 * ", a spokesman for the airline", "secretary" in ", the union’s general secretary". `after` starts
 * at the comma.
 */
export function appositionHead(after: string): string {
  let i = spacesFrom(after, 1);
  if (i === 1) return '';
  const determiner = ARTICLES.find((d) => after.startsWith(d, i) && isSpaceAt(after, i + d.length));
  if (determiner) i = spacesFrom(after, i + determiner.length);
  const head = phraseHead(after, i);
  // ", spokeswoman for the agency": without a determiner only a title or a person's noun says what the name is
  // (", Bank of England" is the next item of a list).
  // ", head of the agency": "head" before its body is a person's title too.
  return determiner || wordClass(head) & (ROLE_HEAD | PERSON_NOUN) || head === 'head' ? head : '';
}

/** The head of the phrase at `i` of `after`: its last word before a link word ("for", "who"…) or a stop. */
function phraseHead(after: string, i: number): string {
  let end = i;
  while (end < after.length && !isPhraseStop(after.charCodeAt(end))) end++;
  // The phrase up to its first "for", "of", "who"…: its last word is the head.
  const phrase = after.slice(i, end).toLowerCase();
  let cut = phrase.length;
  for (let k = 0; k < phrase.length; k++) {
    if (!isSpaceAt(phrase, k) || (k > 0 && isSpaceAt(phrase, k - 1))) continue;
    const next = spacesFrom(phrase, k);
    if (LINK_WORDS.some((w) => phrase.startsWith(w, next) && !isWordCode(phrase.charCodeAt(next + w.length)))) {
      cut = k;
      break;
    }
  }
  let stop = cut;
  while (stop > 0 && !isHeadChar(phrase, charBefore(phrase, stop))) stop = charBefore(phrase, stop);
  let start = stop;
  while (start > 0 && isHeadChar(phrase, charBefore(phrase, start))) start = charBefore(phrase, start);
  return phrase.slice(start, stop);
}

/** , . ; : ( ) end an apposition's phrase. */
const isPhraseStop = (c: number): boolean => c === 44 || c === 46 || c === 59 || c === 58 || c === 40 || c === 41;
/** Words after which a description goes on about something else ("spokesman for the airline"). */
const LINK_WORDS = ['for', 'of', 'at', 'in', 'with', 'from', 'on', 'who', 'which', 'that'];

const isHeadChar = (s: string, i: number): boolean => s.charCodeAt(i) === 45 || (classAt(s, i) & LETTER) !== 0;
