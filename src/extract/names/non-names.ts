/** Capitalised words that name nobody: a lone month, a party tag ("D-Va"), a demonym adjective, an outlet's ordinary word, the "Web" of "Web site". */

import { OUTLETS_WITH_THE, WEB_NOUNS } from '../lexicon';
import type { Occurrence } from './occurrence';
import type { Token } from '../tokens';
import { DEMONYM, FUNCTION, MONTH, REPORTING_VERB, VERB_FILLER, wordClass } from '../wordclass';

/** "May's local elections": a month on its own is a date, unless a title goes with it ("Mrs May") or the article names someone so ("Theresa May"). */
export function withoutLoneMonths(found: Occurrence[]): Occurrence[] {
  const lone = (o: Occurrence) => o.words.length === 1 && !o.role && (wordClass(o.key) & MONTH) !== 0;
  if (!found.some(lone)) return found;
  const surnames = new Set(found.filter((o) => o.words.length > 1).map((o) => o.words[o.words.length - 1]));
  return found.filter((o) => !lone(o) || surnames.has(o.key));
}

/** A party's initial and a state's abbreviation after a legislator's name: "D-Va", "R-Tex", "I-Vt". */
export const PARTY_TAG = /^[DRI]-\p{Lu}\p{Ll}{0,3}$/u;

/** "FY2016-17", "FY18", "CY2020": a fiscal or calendar year's label, no name. */
export const YEAR_LABEL = /^(?:FY|CY)\d{2}/;

/** "Spanish-language", "French-born": a demonym joined to a lower-case word is an adjective, no name. */
export function isDemonymCompound(t: Token): boolean {
  const hyphen = t.text.indexOf('-');
  return hyphen > 0 && t.text.charCodeAt(hyphen + 1) >= 97 && t.text.charCodeAt(hyphen + 1) <= 122 && (wordClass(t.lower.slice(0, hyphen)) & DEMONYM) !== 0;
}

/** "Independent sources said": an outlet's name written with "the", here without it and before a noun, is the ordinary word. */
export function isOrdinaryOutletWord(tokens: readonly Token[], t: Token, from: number, to: number): boolean {
  if (!OUTLETS_WITH_THE.has(t.lower)) return false;
  const k = tokens.indexOf(t, from);
  const next = tokens[k + 1];
  return tokens[k - 1]?.lower !== 'the' && k + 1 < to && next !== undefined && !next.capitalised && !(next.cls & (FUNCTION | VERB_FILLER | REPORTING_VERB)) && !next.lower.endsWith('ed');
}

/** "The Web site for the paper crashed": "Web" capitalised before a page's or a site's noun is the ordinary word, no outlet. */
export function isWebNoun(tokens: readonly Token[], t: Token, from: number, to: number): boolean {
  if (t.lower !== 'web') return false;
  const k = tokens.indexOf(t, from);
  return k + 1 < to && WEB_NOUNS.has(tokens[k + 1]!.text);
}
