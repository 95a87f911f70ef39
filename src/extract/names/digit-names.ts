/** Names that open with digits glued to letters ("3M", "7-Eleven", "20th Century Fox"): a number's first character, a company's name. */

import { COMPANY_NOUNS } from '../lexicon';
import type { Token } from '../tokens';
import { FUNCTION, MONTH, REPORTING_VERB, VERB_FILLER } from '../wordclass';

/**
 * "Gene test maker 41andUs says …", "41andUs noted that …": a word of digits glued to letters with a capital ("3M", "7-Eleven")
 * opens with a digit, so the tokens read it as uncapitalised or as no name; it is a company's name where a company's noun
 * stands right before it, or where a verb of saying follows it, or where a company's noun follows a word with lower-case
 * letters too ("the 41andUs website" is no such noun; "the 41andUs company" is). Once one use reads so, every use of the
 * same word is that name ("a 41andUs spokesperson"). A digit-led word or an ordinal opening capitalised words that a verb
 * of saying follows is the name's first word only where it opens that use ("20th Century Fox said"), not a date's ("on
 * July 4th Ana Ruiz said", "on the 4th Ruiz said"). A plain number never is a name: no letter ("23", "1&1"), or no
 * capital and no ordinal ("1990s", "10am"), or a unit's or a standard's letters with no such word beside them ("5G", "3D").
 * `tokens` as they were where no such word is, else a copy with those words capitalised; and the names' words.
 */
export function withDigitNames(tokens: readonly Token[]): { tokens: readonly Token[]; digitNames: ReadonlySet<string> } {
  let names: Set<string> | null = null;
  // Where a digit-led word opens a longer name ("20th Century Fox said"): that use alone is capitalised.
  let openings: Set<number> | null = null;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    // Cheap checks first: nearly every word opens with a letter, and nearly every number has no letter.
    const c = t.text.charCodeAt(0);
    if (c < 48 || c > 57 || !hasLetter(t.text)) continue;
    const ordinal = ORDINAL.test(t.text);
    if (!ordinal && !hasCapital(t.text)) continue;
    // "the 5G Alliance said" names the alliance, so no other "5G" of the article is a name.
    if (!ordinal && namesCompany(tokens, k)) (names ??= new Set()).add(t.text);
    else if (opensNamedSpan(tokens, k)) (openings ??= new Set()).add(k);
  }
  if (!names && !openings) return { tokens, digitNames: NONE };
  return { tokens: tokens.map((t, k) => (!t.capitalised && (names?.has(t.text) || openings?.has(k)) ? { ...t, capitalised: true } : t)), digitNames: names ?? NONE };
}

const NONE: ReadonlySet<string> = new Set();

const ORDINAL = /^\d+(?:st|nd|rd|th)$/;

/** tokens[k], a digit-led word with a capital, is a company's name by the words around it. */
function namesCompany(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const before = tokens[k - 1];
  if (before && !t.initial && !before.capitalised && before.end + 1 === t.start && COMPANY_NOUNS.has(before.lower)) return true;
  const next = tokens[k + 1];
  // "the 41andUs company": a unit's letters are capitals alone ("a 5G operator", "the 3D maker").
  if (next && !next.initial && !next.capitalised && next.start === t.end + 1 && COMPANY_NOUNS.has(next.lower) && hasLower(t.text)) return true;
  return sayingAfter(tokens, k + 1);
}

/**
 * "20th Century Fox said", "3M Health Care said": a digit-led word before capitalised words that a verb of saying follows,
 * and after no date's word nor an article ("on the 4th Ruiz said").
 */
function opensNamedSpan(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  if (before && !tokens[k]!.initial && before.cls & (MONTH | FUNCTION)) return false;
  const end = afterCapitals(tokens, k + 1);
  return end > k + 1 && sayingAfter(tokens, end);
}

/** Where the capitalised words joined by single spaces from tokens[k] end, within the sentence. */
function afterCapitals(tokens: readonly Token[], k: number): number {
  while (k < tokens.length && tokens[k]!.capitalised && !tokens[k]!.initial && tokens[k]!.start === tokens[k - 1]!.end + 1) k++;
  return k;
}

/** A verb of saying follows from tokens[k] within four words, after verb fillers only ("3M has also said"), in the same sentence. */
function sayingAfter(tokens: readonly Token[], k: number): boolean {
  for (let i = k; i < tokens.length && i < k + 4 && !tokens[i]!.initial; i++) {
    if (tokens[i]!.cls & REPORTING_VERB) return tokens[i + 1]?.lower !== 'to';
    if (!(tokens[i]!.cls & VERB_FILLER)) return false;
  }
  return false;
}

const hasLetter = (word: string): boolean => {
  for (let i = 1; i < word.length; i++) {
    const c = word.charCodeAt(i) | 32;
    if (c >= 97 && c <= 122) return true;
  }
  return false;
};
const hasCapital = (word: string): boolean => {
  for (let i = 1; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 65 && c <= 90) return true;
  }
  return false;
};
const hasLower = (word: string): boolean => {
  for (let i = 1; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
  }
  return false;
};

/**
 * A name whose first word opens with digits: no person's ("21st Harbour Films" has no given name); one whose first word
 * glues letters to the digits with no ordinal's ending ("3M", "48forMore") is a company's, as withDigitNames read it. `words`
 * are the name's words in lower case.
 */
export const opensWithDigit = (words: readonly string[]): boolean => {
  const c = words[0]!.charCodeAt(0);
  return c >= 48 && c <= 57;
};
export const isDigitLedCompany = (words: readonly string[]): boolean => opensWithDigit(words) && hasLetter(words[0]!) && !ORDINAL.test(words[0]!);
