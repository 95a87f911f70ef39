/** Which words of a run are a title ("Prime Minister", "Major General", "City Councilors"), and which only look like one. */

import { INFORMAL_TITLES, OFFICE_ACRONYMS, OFFICE_QUALIFIERS, SHORT_RANKS } from '../lexicon';
import { reportsAfter } from '../scan';
import { endsInS } from './name-joins';
import { isConnector, type Token } from '../tokens';
import { ABBREVIATION, DEMONYM, GIVEN_NAME, NAMES_ALONE, OUTLET_WORD, PERSON_NOUN, ROLE_HEAD, ROLE_MODIFIER, wordClass } from '../wordclass';

/** words[i] ends a title: a title word, or "General" after one ("Director General", "Attorney General"). */
export const endsTitle = (words: readonly Token[], i: number): boolean =>
  (words[i]!.cls & ROLE_HEAD) !== 0 || (i > 0 && words[i]!.lower === 'general' && (words[i - 1]!.cls & ROLE_HEAD) !== 0);

/**
 * "Sen" in "Nilamoni Sen Deka" or "Amartya Sen" is a surname: a title written as an abbreviation
 * without its full stop is one only where no capitalised word other than a title stands before it.
 */
export const isTitleAt = (text: string, words: Token[], r: number): boolean => {
  const w = words[r]!;
  // "Major General Vladimir Zavadsky": a rank of its own, where "Major" alone is a surname ("John
  // Major") and "General" alone opens names ("General Motors").
  if (w.lower === 'general' && r > 0 && GENERAL_RANKS.has(words[r - 1]!.lower)) return true;
  // "Major Scott Nelson": opening a run before a given name and a surname, "Major" is the rank.
  if (w.lower === 'major' && r === 0 && words.length > 2 && (words[1]!.cls & GIVEN_NAME || isRankedSpeaker(text, words))) return true;
  // "Brig Ana Ruiz", "Maj Ruiz", "Spokesman Maj Ana Ruiz": a rank written short opens the name after it, or follows a title.
  if (SHORT_RANKS.has(w.lower) && words.length > r + 1 && (r === 0 || words[r - 1]!.cls & ROLE_HEAD)) return true;
  if (isOfficeInitials(words, r)) return true;
  // "Boss Ana Ruiz said …": an informal title opening a sentence, before a given name, is the title of the person it names.
  if (r === 0 && w.initial && INFORMAL_TITLES.has(w.lower) && words.length > 2 && words[1]!.cls & GIVEN_NAME) return true;
  // "said PM Kelmaro": a prime minister's capitals opening a name, not a clock's ("at 5 PM Kelmaro time").
  if (w.text === 'PM' && r === 0 && words.length > 1 && !/\d\s*$/.test(text.slice(Math.max(0, w.start - 3), w.start))) return true;
  // "Capital FM", "Kiss FM": closing a name, "FM" is a radio station's band; the minister's stands before a name or after a demonym ("Russian FM").
  if (w.lower === 'fm' && r === words.length - 1 && !(r > 0 && words[r - 1]!.cls & DEMONYM)) return false;
  // "the Prime Minister’s Office in Canberra": a title owning what follows names nobody after it.
  if (!(w.cls & ROLE_HEAD) || w.possessive) return false;
  // "The Times Leader", "the Daily Leader": after an outlet's word, "Leader" ends a newspaper's name.
  if (w.lower === 'leader' && r > 0 && words[r - 1]!.cls & OUTLET_WORD) return false;
  if (!(w.cls & ABBREVIATION) || r === 0) return true;
  // "…, said union secretary Ravi Sen.": closing the words after a name with the sentence's full stop, the short form
  // stands before no one, so it is the surname; "Sen. Ana Ruiz" keeps the title before the name.
  if (text.charCodeAt(w.end) === 46) return r < words.length - 1 || !words[r - 1]!.capitalised || (words[r - 1]!.cls & (ROLE_HEAD | ROLE_MODIFIER)) !== 0;
  // "Maj Gen Ana Ruiz": after a short rank, "Gen" is the rank's second word.
  return (words[r - 1]!.cls & (ROLE_HEAD | ROLE_MODIFIER)) !== 0 || SHORT_RANKS.has(words[r - 1]!.lower) || !words[r - 1]!.capitalised;
};

/**
 * "Major Kelvo Ostran, spokesman for …", "Major Kelvo Ostran said": "Major" before two words the
 * lexicon does not know, with no "the" before them ("the Major Crimes Unit") and a comma or a
 * reporting verb after them, opens a speaker's name with the rank.
 */
function isRankedSpeaker(text: string, words: readonly Token[]): boolean {
  if (words.length !== 3 || words[1]!.cls || words[2]!.cls) return false;
  const end = words[2]!.end;
  return !/^the\s$/i.test(text.slice(words[0]!.start - 4, words[0]!.start)) && (text.charCodeAt(end) === 44 || reportsAfter(text, end, Math.min(text.length, end + 40)));
}

/** Words that make "General" after them a military rank ("Lieutenant General" has a title head already). */
export const GENERAL_RANKS = new Set(['major', 'brigadier']);

/**
 * "City Councilors Linda Vacon, Howard Greaney and …": a plural title before a name is a title where
 * a list of names goes on after it (so not "Queens Park Rangers won").
 */
export const listGoesOn = (text: string, last: Token): boolean => text[last.end] === ',' || text.startsWith(' and ', last.end);

/** A title in the plural ("Councilors", "ministers"). */
export const isPluralTitle = (t: Token): boolean => t.lower.length > 2 && endsInS(t.lower) && (wordClass(t.lower.slice(0, -1)) & ROLE_HEAD) !== 0;

/**
 * "Kelmor DM Ana Ruiz", "Ostra SP Ravi Kant": an officer's title in capital initials after the
 * district's name and before a name of two words or more (a lone capitalised word after it may be
 * anything).
 */
export const isOfficeInitials = (words: readonly Token[], r: number): boolean =>
  r > 0 && words.length - r > 2 && isOfficerInitials(words[r]!) && words[r - 1]!.capitalised;

/** "DIG", "SP": an officer's title in capital initials, which the lexicon's title words do not hold. */
export const isOfficerInitials = (t: Token): boolean => OFFICE_ACRONYMS.has(t.lower) && t.text === t.text.toUpperCase();

/**
 * "Honorary Adviser", "Head of State", "the board of Directors": words of an office alone, capitalised as a
 * company's filing or a constitution writes them, hold no name, so name no one; a word that names a body alone
 * ("Treasury", "Labour") keeps them a name.
 */
export function isTitleOnly(words: readonly Token[]): boolean {
  let holder = false;
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (k > 0 && k < words.length - 1 && isConnector(w)) continue;
    if (w.cls & NAMES_ALONE) return false;
    const head = (w.cls & (ROLE_HEAD | PERSON_NOUN)) !== 0 || isPluralTitle(w) || INFORMAL_TITLES.has(w.lower);
    if (!head && !(w.cls & ROLE_MODIFIER) && !OFFICE_QUALIFIERS.has(w.lower)) return false;
    holder ||= head;
  }
  return holder;
}

/**
 * "Tomas Ridel, head of Port Security at the Varn harbour, said", "the head of the Kelmor Disaster Agency Ana Dorsek said":
 * "head" before "of" is a title, as "chief of" and "director of" are; elsewhere the word is an informal title only between a
 * body and a name ("Kelmor head Ana Ruiz"), and otherwise a body's part or a verb. `word` and `next` in lower case.
 */
export const isHeadOf = (word: string, next: string | undefined): boolean => word === 'head' && next === 'of';
