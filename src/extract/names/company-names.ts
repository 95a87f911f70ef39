/** Company names that run across "in" or "of" ("the phone maker Kelmor in Motion") or keep their ’s ("Kelm & Dorr's"). */

import { COMPANY_NOUNS } from '../lexicon';
import { keyOf } from './occurrence';
import { isAcronym, isConnector, type Token } from '../tokens';
import { FUNCTION, REPORTING_VERB, ROLE_HEAD, VERB_FILLER } from '../wordclass';

/** Where the run ends in a company's name that `companies` holds, whole or after a connector ("Shares of Kelmor in Motion"); else -1. */
export function companyTail(run: Token[], companies: ReadonlySet<string>): number {
  if (!companies.size || run.length < 3) return -1;
  for (let k = 0; k + 2 < run.length; k++) {
    if ((k === 0 || isConnector(run[k - 1]!)) && companies.has(keyOf(run.slice(k).map((t) => t.text)))) return k;
  }
  return -1;
}

/**
 * "the phone maker Kelmor in Motion": right after a noun of a company, capitalised words joined by a
 * lower-case "in" or "of" are that company's one name, not a name and a place.
 */
export function companyNamed(tokens: readonly Token[], opening: number, run: Token[]): boolean {
  const noun = tokens[opening - 1];
  if (!noun || noun.capitalised || !COMPANY_NOUNS.has(noun.lower) || noun.end + 1 !== run[0]!.start) return false;
  return run.every((t, k) => (k % 2 === 0 ? t.capitalised : t.text === 'in' || t.text === 'of'));
}

/**
 * "an analyst for Kelm & Dorr's, said": a partners' name joined by an ampersand whose last word's ’s
 * owns nothing (punctuation, a function word or a verb follows) keeps the ’s as part of the name.
 * `next` is the token after the name's last word, or undefined at the text's end.
 */
export function keepsNameApostrophe(text: string, last: Token, first: Token, next: Token | undefined): boolean {
  if (!last.possessive || !text.slice(first.start, last.start).includes(' & ')) return false;
  const after = last.end + 2;
  return next === undefined || next.start > after + 1 || (next.cls & (FUNCTION | REPORTING_VERB | VERB_FILLER)) !== 0;
}

/**
 * "KM Varn group flagship Varn Industries reported …": capital initials that spell a title ("MP", "PM") before one surname
 * and a company's noun ("group", "firm") are its founder's initials, the group's name; no title of a person named Varn.
 */
export const isFoundersInitials = (run: readonly Token[], next: Token | undefined): boolean =>
  run.length === 2 &&
  run[0]!.text.length <= 3 &&
  isAcronym(run[0]!.text) &&
  (run[0]!.cls & ROLE_HEAD) !== 0 &&
  !isAcronym(run[1]!.text) &&
  next !== undefined &&
  !next.capitalised &&
  next.start === run[1]!.end + 1 &&
  (next.lower === 'group' || COMPANY_NOUNS.has(next.lower));

/** "Kelmor airlines, the largest carrier, said": a company's lower-case noun, singular or plural, right after a name's last word. */
export const isCompanyNounAfter = (last: Token, next: Token | undefined): boolean =>
  next !== undefined && !next.capitalised && next.start === last.end + 1 && (COMPANY_NOUNS.has(next.lower) || (next.lower.endsWith('s') && COMPANY_NOUNS.has(next.lower.slice(0, -1))));
