/** A public body named by a lower-case head after a name or a demonym ("Kenyan police", "the Afghan defence ministry"). */

import { BODY_HEADS, BODY_LEVELS, COMPASS_WORDS, PLACES } from '../lexicon';
import { joins, joinsAfterPossessive } from './name-joins';
import { serviceHeadAfter } from './place-services';
import { isPortfolio, MINISTRY_HEADS } from './portfolios';
import type { Token } from '../tokens';
import { DEMONYM, FUNCTION, REPORTING_VERB, VERB_FILLER } from '../wordclass';

/**
 * "WA police", "Kenyan army", "the Sichuan provincial government": the index of a lower-case head of a
 * public body, after an optional level word, from tokens[k] on, or -1. The head must end its phrase:
 * "the Numan local government area" is a place and "Kashmir police officers" are people; a verb
 * ("police arrested", "police said") or a function word may follow.
 */
export function bodyHeadAfter(text: string, tokens: readonly Token[], k: number, to: number): number {
  const service = serviceHeadAfter(text, tokens, k, to);
  if (service >= 0) return service;
  const owner = tokens[k - 1]!;
  // "Hungary's border guards": a country owns its public bodies; "the Dalai Lama's exile government": any
  // name may own a government, in exile or not, but a side ("the South's government") stands for a country
  // the text names otherwise.
  const exiled = k + 1 < to && tokens[k]!.text === 'exile';
  const owns = owner.possessive && (PLACES.has(owner.lower) || (tokens[exiled ? k + 1 : k]?.text === 'government' && !COMPASS_WORDS.has(owner.lower)));
  let h = k;
  if (h < to && (BODY_LEVELS.has(tokens[h]!.text) || (exiled && owns)) && bodyWordJoins(text, tokens, h, k, owns)) h++;
  // "the Afghan defence ministry", "Kenya's health ministry": a portfolio names which ministry.
  // "the Bahrain news agency", "the Afghan news agency": a country's agency of news, its outlet
  // ("the Efe news agency" is Efe). "told French news agency AFP": the agency's name after the noun
  // is the outlet; the demonym before it only says whose agency it is. "another Kelmorian news agency, Varn Press,
  // said": after "a" or "another" it is any of the country's agencies, whose own name comes later if at all.
  if (h + 1 < to && tokens[h]!.text === 'news' && tokens[h + 1]!.text === 'agency' && (PLACES.has(owner.lower) || owner.cls & DEMONYM) && !INDEFINITES.has(tokens[k - 2]?.text ?? '') && bodyWordJoins(text, tokens, h, k, owns) && joins(text, tokens[h]!, tokens[h + 1]!)) {
    return h + 2 < to && tokens[h + 2]!.capitalised && joins(text, tokens[h + 1]!, tokens[h + 2]!) ? -1 : h + 1;
  }
  if (h + 1 < to && isPortfolio(tokens[h]!) && !tokens[h]!.capitalised && MINISTRY_HEADS.has(tokens[h + 1]!.text) && bodyWordJoins(text, tokens, h, k, owns) && joins(text, tokens[h]!, tokens[h + 1]!)) return h + 1;
  const head = tokens[h];
  if (h >= to || !(BODY_HEADS.has(head!.text) || isNamedHospital(tokens, h, k)) || !bodyWordJoins(text, tokens, h, k, owns)) return -1;
  const next = tokens[h + 1];
  const compound =
    next !== undefined && h + 1 < to && !head!.possessive && next.start === head!.end + 1 && text[head!.end] === ' ' && !next.capitalised &&
    !(next.cls & (FUNCTION | VERB_FILLER | REPORTING_VERB)) && !next.lower.endsWith('ed') && !TALLY_VERBS.has(next.lower);
  return compound ? -1 : h;
}

/**
 * tokens[h] of a body named from tokens[k] on follows the word before it: the first one follows a
 * country's possessive (`owns`) after its ’s. A function, not a closure made on each call:
 * bodyHeadAfter runs for every capitalised run.
 */
const bodyWordJoins = (text: string, tokens: readonly Token[], h: number, k: number, owns: boolean): boolean =>
  h === k && owns ? joinsAfterPossessive(text, tokens[k - 1]!, tokens[h]!) : joins(text, tokens[h - 1]!, tokens[h]!);

/**
 * "Kerala government on Thursday put …" opening a sentence: a word the lexicon gives no class (not
 * "Interim" or "Federal", which it knows) nor a level before "government" is the place that government
 * is of, as only places have governments. `owner` is the capitalised word, `head` the body's head.
 */
export const ownsGovernment = (owner: Token, head: Token): boolean => head.text === 'government' && owner.cls === 0 && !BODY_LEVELS.has(owner.lower);

/** Words before a demonym that make its agency any one of the country's. */
const INDEFINITES: ReadonlySet<string> = new Set(['a', 'an', 'another']);

/** Verbs that give a count, not nouns a body's head can modify: "the Kelmor police put the figure at …". */
const TALLY_VERBS: ReadonlySet<string> = new Set(['put', 'puts', 'gave', 'gives']);

/** Words of a founder's or a saint's name before "hospital" ("the Ram Kelmor Ruiz hospital"). */
const HOSPITAL_NAME_REACH = 4;

/**
 * "the medical director at the Kelmor hospital", "at the Ana Ruiz Kelmor hospital": up to four
 * capitalised words after "the", the last no place's or people's, and a lower-case "hospital" name
 * that hospital (after a founder or a saint), not a place with one in it; "the Nairobi hospital"
 * stays in Nairobi and "a Kelmor hospital" is any of them.
 */
function isNamedHospital(tokens: readonly Token[], h: number, k: number): boolean {
  if (h !== k || tokens[h]!.text !== 'hospital' || k < 2 || PLACES.has(tokens[k - 1]!.lower) || tokens[k - 1]!.cls & DEMONYM) return false;
  let j = k - 1;
  while (j > 0 && k - j < HOSPITAL_NAME_REACH && tokens[j - 1]!.capitalised && tokens[j - 1]!.lower !== 'the' && !tokens[j]!.initial) j--;
  return j > 0 && tokens[j - 1]!.lower === 'the';
}
