/** Splits a title from the name after it ("Human Rights Council President Chad Griffin"): the body, and the person with the title as role. */

import { HONORIFICS, OFFICE_QUALIFIERS, PLACES, POLITICAL_LABELS, RANK_OPENERS, RANK_PREFIXES, SHORT_RANKS, TITLE_ABBREVIATIONS, TITLE_PREFIXES } from '../lexicon';
import { abbreviatedAfter } from './name-aliases';
import { isDepartmentOfLowerTitle, isPlacedFieldBranch, pastDepartment } from './department-titles';
import { fieldBeforeLowerTitle } from './field-titles';
import { personAfterLowerPortfolio } from './lower-title-portfolios';
import type { Part } from './name-parts';
import { rankOpenerBefore } from './rank-openers';
import { endsWithSurnameTitle } from './surname-titles';
import { isHeadToken, isPersonLike } from './name-shapes';
import type { Known } from './occurrence';
import { SPACE_CODE } from '../chars';
import { joinsPortfolios, namedAfterPortfolio, PORTFOLIO_LINKS, portfolioChainEnd, portfolioEnd } from './portfolios';
import { endsTitle, GENERAL_RANKS, isHeadOf, isOfficeInitials, isOfficerInitials, isPluralTitle, isTitleAt, listGoesOn } from './title-words';
import { isAbstractPlural } from './sentence-openers';
import { isAcronym, isConnector, type Token } from '../tokens';
import { GIVEN_NAME, HEAD_WORD, NAMES_ALONE, ROLE_HEAD, ROLE_MODIFIER, wordClass } from '../wordclass';

/** Heads of sites' names that no surname is: "Queen Ana Cemetery" names a site, no queen. */
const SITE_ENDS: ReadonlySet<string> = new Set(['cemetery', 'graveyard', 'stadium', 'airport', 'arena', 'highway']);

/** A lower-case title, then "of", right before a run ("chief of "). */
const LOWER_TITLE_OF = /\b(\p{Ll}+)\s+of\s+$/u;

/**
 * Splits "Human Rights Council President Chad Griffin" into the organisation and the person, whose
 * role is everything before the name. A title with no name after it is dropped.
 */
export function splitRole(text: string, words: Token[], solo: Known, known: Known): Part[] {
  // "Leader of the Opposition Kelmor Party": "Opposition" ends the title, no word of the party's name.
  if (words.length > 1 && words[0]!.text === 'Opposition' && /\b[Ll]eader of the $/.test(text.slice(Math.max(0, words[0]!.start - 14), words[0]!.start))) return splitRole(text, words.slice(1), solo, known);
  // "DR Kelmor": an honorific's letters in capitals before a country's name are the country's initials, no one's title.
  if (isPlaceInitials(words)) return [{ tokens: words, role: null }];
  if (closesBodyName(text, words)) return splitRole(text, words.slice(1), solo, known);
  if (namesOfficeOfTitleFor(words) || abbreviatedOfficeFor(text, words)) return [{ tokens: words, role: null }];
  if (isDepartmentOfLowerTitle(text, words)) return [];
  const field = fieldBeforeLowerTitle(text, words);
  if (field) return field;
  const held = personAfterLowerPortfolio(text, words) ?? bodyOfTitleBefore(text, words) ?? personAfterBody(text, words, solo, known) ?? personBeforeTitleOf(text, words);
  if (held) return held;
  // "the deputy police chief of Ostra Bo Lund said": after a lower-case title's "of", a word the article uses alone is the
  // place or body the title is of, and the words after it the person who holds it.
  if (words.length > 2 && solo(words[0]!.lower) && !isConnector(words[1]!) && isPersonLike(words.slice(1))) {
    const title = LOWER_TITLE_OF.exec(text.slice(Math.max(0, words[0]!.start - 30), words[0]!.start))?.[1];
    if (title !== undefined && (wordClass(title) & ROLE_HEAD || isHeadOf(title, 'of'))) return [{ tokens: words.slice(0, 1), role: null }, { tokens: words.slice(1), role: null }];
  }
  // "the DIG of Kelmor range": an officer's initials and their "of" open a title; only the district after them is a name.
  if (words.length > 2 && isOfficerInitials(words[0]!) && words[1]!.text === 'of') return [{ tokens: words.slice(2), role: null }];
  // "Independent Ana Ruiz": a political label before a given name is the person's role.
  if (words.length > 2 && POLITICAL_LABELS.has(words[0]!.lower) && words[1]!.cls & GIVEN_NAME && isPersonLike(words.slice(1))) return [{ tokens: words.slice(1), role: words[0]!.text }];
  for (let r = words.length - 2; r >= 0; r--) {
    // "Prime Minister Sheikh Hasina": after a title, "Sheikh" is a word of the name.
    if (r > 0 && words[r]!.lower === 'sheikh' && endsTitle(words, r - 1)) continue;
    if (!isTitleAt(text, words, r) && !isBodyHeadTitle(words, r) && !(isPluralTitle(words[r]!) && words[r + 1]!.capitalised && listGoesOn(text, words[words.length - 1]!))) continue;
    let n = r + 1;
    // "Director General of Police Ravi Kant": "General" goes on the title before its "of".
    if (words[n]!.lower === 'general' && n + 1 < words.length && words[n + 1]!.text === 'of') n++;
    const of = n;
    if (namedAfterPortfolio(words, n)) n = portfolioChainEnd(words, portfolioEnd(words, n + 1));
    // "Secretary of State Antony Blinken", "Attorney General Merrick Garland"
    else if (words[n]!.text === 'of') {
      n++;
      // "Managing Director of OSCO": initials alone after the title's "of" are the body it is of, no person (see titleLink).
      if (n === words.length - 1 && isAcronym(words[n]!.text)) continue;
      // "Superintendent of Police Om Prakash Verma": the body's head words end the title, whatever the given name.
      const named = nameAfterBody(words, n);
      // "the CEO of Kelm & Dorr": partners' names joined by an ampersand after "of" are the firm the title is of, no person.
      if (joinedByAmpersand(text, words, n)) return [{ tokens: words.slice(n), role: null }];
      if (named >= 0) n = named;
      else while (n < words.length - 1 && !(words[n]!.cls & GIVEN_NAME)) n++;
      // "The Minister of Institutional Relations, Alexandre Padilha": with no given name after "of",
      // its last word is a name only where the article uses it alone ("Secretary of State Blinken").
      if (n === words.length - 1 && !(words[n]!.cls & GIVEN_NAME) && !solo(words[n]!.lower)) {
        n = nameAfterBody(words, of + 1);
        if (n < 0) continue;
      }
      // "The Emir of Kelmor, Ali Varsi, said": one word right after the title's "of", no given name, before a name set
      // after a comma, is the place the title is of (though that very "of" leaves it written alone); the name holds it.
      if (n === of + 1 && n === words.length - 1 && !(words[n]!.cls & GIVEN_NAME) && APPOSED_NAME_AFTER.test(text.slice(words[n]!.end, words[n]!.end + 3))) continue;
    }
    // "Special Agent in Charge Ana Ruiz": "in Charge" closes the title.
    if (n + 2 < words.length && words[n]!.text === 'in' && words[n + 1]!.lower === 'charge') n += 2;
    // "Attorney General Merrick Garland", "Chief Executive Kelly Ortberg": the title goes on.
    while (n < words.length - 1 && (words[n]!.lower === 'general' || (words[n]!.cls & ROLE_MODIFIER && !(words[n]!.cls & GIVEN_NAME)))) n++;
    // "Vice President Media Relations Ana Ruiz": the department the title is of is the title's too.
    n = pastDepartment(words, n);
    const name = words.slice(n);
    // "(the) Deputy Chief Fire Officer": title words around a word of its field, with no given name, are a title with no name.
    if (isTitleAt(text, words, words.length - 1) && !name.some((t) => t.cls & GIVEN_NAME)) {
      if (words.slice(0, r).every((t) => t.cls & (ROLE_HEAD | ROLE_MODIFIER))) return [];
      continue;
    }
    // "Mr Chambers", "Mrs Banks": one word after an honorific is a surname, even a body's head's plural.
    // "the Director of Defence Kelmor Operations": a name ending in an abstract plural is the office's field, no person.
    // "buried at Queen Ana Cemetery": a name ending in a site's head ("Cemetery", "Stadium") is the site's, title word and all;
    // not a head that is a surname too ("Street", "Bridge").
    if ((!isPersonLike(name) && !(name.length === 1 && n === r + 1 && HONORIFICS.has(words[r]!.lower))) || (name.length > 1 && (isAbstractPlural(name[name.length - 1]!.lower) || SITE_ENDS.has(name[name.length - 1]!.lower)))) continue;
    let l = r;
    // "Acting Director General for Health Dr Ana Ruiz": a portfolio after a title's "for" is the title's too.
    // "Spokesman Maj Gen Ana Ruiz", "UN High Commissioner": a short rank or a title's prefix before the title is the title's too.
    // "Special Agent Ana Ruiz": a word that only qualifies an office is the title's too.
    while (l > 0 && (words[l - 1]!.cls & (ROLE_MODIFIER | ROLE_HEAD) || SHORT_RANKS.has(words[l - 1]!.lower) || OFFICE_QUALIFIERS.has(words[l - 1]!.lower) || isTitlePrefix(words, l - 1) || (words[l]!.lower === 'general' && GENERAL_RANKS.has(words[l - 1]!.lower)) || (l > 1 && PORTFOLIO_LINKS.has(words[l - 1]!.text) && endsTitle(words, l - 2)))) l--;
    // "Kelmor DM Ana Ruiz": the district before an officer's initials is the office's, no name of its own.
    if (l === r && isOfficeInitials(words, r)) l--;
    // "Energy and Mines Minister": portfolios joined by "and", with no head word, are all the title's.
    if (l > 2 && !words.slice(0, l).some(isHeadToken) && words.slice(1, l).some((_, i) => joinsPortfolios(words, i + 1))) l = 0;
    // "Deputy Police Inspector General D.K. Arya": a rank opening the run makes the few words between it and the title the title's field, no body.
    if (l > 0 && l <= FIELD_REACH && RANK_OPENERS.has(words[0]!.lower)) l = 0;
    else if (l > 1) l = rankOpenerBefore(words, l);
    // "… for Health Dr": an honorific after a longer title adds nothing to it.
    const and = bodyAndTitle(words, l);
    const role = text.slice(words[and + 1]!.start, words[n - 1 === r && r > 0 && HONORIFICS.has(words[r]!.lower) ? r - 1 : n - 1]!.end);
    // "Former UN Secretary-General Ana Ruiz", "Retired Kelmor Police Chief Ana Ruiz": a past office opening the run is all
    // the person's role; the body it was held in says nothing here, as after a sentence's opening title ("UN Secretary-General Ana Ruiz").
    const left = and < 0 ? (PAST_STANDING.has(words[0]!.lower) || isPlacedFieldBranch(words.slice(0, l)) ? [] : words.slice(0, l)) : words.slice(0, and);
    return [...(left.length ? [{ tokens: left, role: null, beforeTitle: true }] : []), { tokens: name, role }];
  }
  // "the Minister of Institutional Relations", "the Speaker of the House", "the Minister for
  // Petroleum Resources": a title with no name.
  // "the CEO of Kelmor Coal Group": a title of a body named by its head word names that body.
  // "a Non-Executive Director of Kelmor Cement PLC", "former MD of OSCO": so after a title of several words, or one in capital
  // initials, and of a body named by its initials alone.
  const link = titleLink(text, words);
  if (link > 0) {
    const body = words.slice(link + 1);
    return words[link]!.text === 'of' && body[0]!.capitalised && (isHeadToken(body[body.length - 1]!) || (body.length === 1 && isAcronym(body[0]!.text))) ? [{ tokens: body, role: null }] : [];
  }
  let e = words.length;
  // "Labour MPs", "Tory ministers": a plural title after a name is dropped, but not after "of" ("House of Lords").
  if (e > 1 && isPluralTitle(words[e - 1]!) && !isConnector(words[e - 2]!) && !membersOfBody(words)) e--;
  while (e > 0 && endsWithTitleWord(text, words, e - 1, e === words.length) && !namesOfficeOfTitle(words, e - 1) && !endsWithSurnameTitle(words, e - 1)) e--;
  return e ? [{ tokens: e === words.length ? words : words.slice(0, e), role: null }] : [];
}

/**
 * Where a title opening the words ends at its "of" or "for": the title a word recognised at 0 ("CEO", "Minister") or
 * modifiers before one ("Non-Executive Director", "Managing Director"), or capital initials of an office ("MD"). -1 if none.
 */
export function titleLink(text: string, words: Token[]): number {
  let k = 0;
  while (k + 1 < words.length && !PORTFOLIO_LINKS.has(words[k + 1]!.text) && isTitleModifier(words[k]!)) k++;
  // "the Director General of KDMA": "General" after the title's word is the title's.
  if (k + 1 < words.length && words[k + 1]!.lower === 'general' && endsTitle(words, k + 1)) k++;
  if (k + 2 >= words.length || !PORTFOLIO_LINKS.has(words[k + 1]!.text)) return -1;
  const title = words[k]!;
  return isTitleAt(text, words, k) || (title.lower === 'general' && endsTitle(words, k)) || (TITLE_ABBREVIATIONS.has(title.lower) && title.text === title.text.toUpperCase()) ? k + 1 : -1;
}

/** "Managing", "Non-Executive": a word that qualifies a title, alone or as a hyphenated compound's last part. */
const isTitleModifier = (t: Token): boolean => (lastPartClass(t) & ROLE_MODIFIER) !== 0 && !(t.cls & NAMES_ALONE);
/** Classes of the word's part after its last hyphen; of the whole word, as the token holds them, where it has none. */
const lastPartClass = (t: Token): number => {
  const hyphen = t.lower.lastIndexOf('-');
  return hyphen < 0 ? t.cls : wordClass(t.lower.slice(hyphen + 1));
};

/**
 * "Member of the Ostra Assembly Ana Varn condemned …", "Speaker of the Kelmor Senate Ravi Dun said": after a title's "of the",
 * the words up to the last head word are the body the title is of, and two words or more after it, no head among them, the
 * person holding it, with the whole title as role. Null where the run is no such body and name.
 */
function bodyOfTitleBefore(text: string, words: Token[]): Part[] | null {
  const start = words[0]!.start;
  // Most runs have no "of the" before them: the regex, tried at every place of the slice, is run only where one is.
  const title = text.startsWith(' of the ', start - 8) ? TITLE_OF_THE.exec(text.slice(Math.max(0, start - 40), start)) : titleOfOwnerBefore(text, start);
  if (!title || !(title[1]!.toLowerCase() === 'member' || isHeadOf(title[1]!.toLowerCase(), 'of') || wordClass(title[1]!.toLowerCase()) & ROLE_HEAD)) return null;
  let h = words.length - 3;
  while (h > 0 && !isHeadToken(words[h]!)) h--;
  const name = words.slice(h + 1);
  if (h <= 0 || !isHeadToken(words[h]!) || name.some(isHeadToken) || !isPersonLike(name)) return null;
  const role = `${title[0].slice(0, -1)} ${text.slice(words[0]!.start, words[h]!.end)}`;
  return [{ tokens: words.slice(0, h + 1), role: null, beforeTitle: true }, { tokens: name, role }];
}

/**
 * "Ostra Regional Administration Head Ana Ruiz": "Head" after a body's head word and before a name of two words or more is
 * the title of the one who heads that body; elsewhere it opens names ("Head Office", "Kelmor Head Start").
 */
const isBodyHeadTitle = (words: Token[], r: number): boolean =>
  words[r]!.lower === 'head' && r > 0 && isHeadToken(words[r - 1]!) && words.length - r > 2 && isPersonLike(words.slice(r + 1));

/**
 * "Kelmor Security Affairs Ministry Darvo said …; said Darvo": one word after a body's head word, a word of no known kind
 * that the article also uses alone and no lexicon or pack knows, is the person who holds the office, the body's name run into
 * his own. The body, and the person with it as role; null where the run is no such body and name ("Ostra Health Ministry",
 * "Varn Ministry Building", "Bank Kelmor", a country's central bank).
 */
function personAfterBody(text: string, words: Token[], solo: Known, known: Known): Part[] | null {
  const last = words.length - 1;
  const name = words[last]!;
  if (last < 1 || !isHeadToken(words[last - 1]!) || name.cls || known(name.lower) || !solo(name.lower) || !isPersonLike(words.slice(last))) return null;
  return [{ tokens: words.slice(0, last), role: null, beforeTitle: true }, { tokens: words.slice(last), role: text.slice(words[0]!.start, words[last - 1]!.end) }];
}

/**
 * "…,” Ana Kelmo CEO of OSCA, told reporters": two or three words of a name, then with no comma a title, its "of" and the body
 * it is of (initials, or words ending in a head word), are the person holding the title, and the title and its body the
 * person's role: the body speaks through that person here, so it is no name of its own in the run,
 * and the person's place spans the role, so a verb after it ("…, told reporters") finds the person. Null where the run is no such name and title ("Ana Kelmo Foundation", "Tomas Varga of OSCA").
 */
function personBeforeTitleOf(text: string, words: Token[]): Part[] | null {
  const r = words.findIndex((w, k) => k >= 2 && w.text === 'of') - 1;
  if (r < 2 || r > 3 || !isTitleAt(text, words, r) || words[r]!.possessive) return null;
  const name = words.slice(0, r);
  const body = words.slice(r + 2);
  // The name's words are of no class but a given name's ("Ostra Airways CEO of …" is a body's title).
  if (!isPersonLike(name) || name.some((w) => (w.cls & ~GIVEN_NAME) !== 0 || isAcronym(w.text) || w.possessive) || !body.length || body.length > 4 || body.some(isConnector)) return null;
  if (!(body.length === 1 ? isAcronym(body[0]!.text) : isHeadToken(body[body.length - 1]!))) return null;
  return [{ tokens: name, role: text.slice(words[r]!.start, body[body.length - 1]!.end), through: body[body.length - 1]! }];
}

/** A title word and its "of the" right before a run ("Member of the "). */
const TITLE_OF_THE = /(\p{L}+) of the $/u;

/**
 * "the head of Kelmor's Red Cross Ana Varn told …": a title's "of" and the owner of the body, written as a possessive, say
 * what "of the" says: the words after are the body the title is of, then its holder. The title's word and all up to the
 * run ("head of Kelmor's "), or null; the regex runs only where a possessive's "s " ends the text before `start`.
 */
function titleOfOwnerBefore(text: string, start: number): RegExpExecArray | null {
  if (text.charCodeAt(start - 1) !== SPACE_CODE || text[start - 2] !== 's' || !APOSTROPHES.has(text[start - 3]!)) return null;
  return TITLE_OF_OWNER.exec(text.slice(Math.max(0, start - 50), start));
}
const APOSTROPHES: ReadonlySet<string> = new Set(["'", '\u2019']);
/** A title word, "of", and a capitalised owner of one to three words in the possessive ("head of South Varno's "). */
const TITLE_OF_OWNER = /(\p{L}+) of (?:\p{Lu}[\p{L}-]* ){0,2}\p{Lu}[\p{L}-]*['\u2019]s $/u;

/** Words that make a title one held before ("former", "retired"). */
const PAST_STANDING = new Set(['former', 'retired']);

/** Most words between a rank opening a run and its title ("Deputy | Police | Inspector General"). */
const FIELD_REACH = 3;

/**
 * "the Ostra Police and North Kelmor District Magistrate Ana Ruiz": an "and" right after a body's
 * head, before the title that starts at words[l], joins that body to the titled person; the words
 * between it and the title are the office's place, so the role's. The index of that "and", or -1.
 */
function bodyAndTitle(words: Token[], l: number): number {
  for (let a = l - 2; a >= 2; a--) {
    if (words[a]!.text === 'and') return isHeadToken(words[a - 1]!) ? a : -1;
  }
  return -1;
}

/**
 * words[i] is a title, or (short of the last word) a title's modifier that names nothing on its own.
 * Module-level, as is `cutAt`: these run for every name part, and a closure per call cost more than the work.
 */
const endsWithTitleWord = (text: string, words: Token[], i: number, last: boolean): boolean =>
  isTitleAt(text, words, i) || (!last && ((words[i]!.cls & ROLE_MODIFIER) !== 0 || isTitlePrefix(words, i)) && !(words[i]!.cls & NAMES_ALONE));

/**
 * "Inspector of the Armed Police Force, Kelmor Ana Ruiz said": a country after a comma that closes a body's name is the
 * body's ("Armed Police Force, Kelmor"), no word of the person's name after it.
 */
function closesBodyName(text: string, words: readonly Token[]): boolean {
  if (words.length < 3 || !PLACES.has(words[0]!.lower) || !isPersonLike(words.slice(1))) return false;
  const head = HEAD_THEN_COMMA.exec(text.slice(Math.max(0, words[0]!.start - HEAD_REACH), words[0]!.start))?.[1];
  return head !== undefined && (wordClass(head.toLowerCase()) & HEAD_WORD) !== 0;
}
const HEAD_REACH = 20;
/** A capitalised word, then the comma right before the country. */
const HEAD_THEN_COMMA = /\b(\p{Lu}\p{Ll}+),\s$/u;

/**
 * "the Office of the Ombudsman", "the Bureau of the Auditor": a title after an office's noun and its "of (the)"
 * names the office the title holds, a body's whole name; it is no title to drop from it.
 */
function namesOfficeOfTitle(words: readonly Token[], i: number): boolean {
  let k = i;
  while (k > 0 && words[k]!.cls & (ROLE_HEAD | ROLE_MODIFIER)) k--;
  if (words[k]!.lower === 'the') k--;
  return k > 0 && k < i && words[k]!.text === 'of' && OFFICE_NOUNS.has(words[k - 1]!.lower);
}
const OFFICE_NOUNS: ReadonlySet<string> = new Set(['office', 'bureau', 'secretariat', 'chambers']);

/**
 * "the Office of the Kelmor High Commissioner for Refugees": an office's noun and its "of (the)", then a title and the field
 * its "for" gives, are one office's whole name; the field after the title is no person it names, and no given name stands there.
 */
function namesOfficeOfTitleFor(words: readonly Token[]): boolean {
  if (words.length < 5 || words[1]!.text !== 'of' || !OFFICE_NOUNS.has(words[0]!.lower)) return false;
  const f = words.findIndex((w, k) => k > 2 && w.text === 'for');
  return f > 2 && f < words.length - 1 && (words[f - 1]!.cls & ROLE_HEAD) !== 0 && !words.some((w) => w.cls & GIVEN_NAME);
}

/**
 * "the Kelmor High Commissioner for Water Rights (KHCWR) said": a title, its "for" and the field it gives, all of which the
 * short form in brackets after them abbreviates, are one office's whole name, a body the short form also names; the field
 * after the title is no person ("Refugees"), and no given name stands there ("… for Refugees Ana Ruiz" names her).
 */
function abbreviatedOfficeFor(text: string, words: readonly Token[]): boolean {
  if (words.length < 3 || text.charCodeAt(words[words.length - 1]!.end + 1) !== 40) return false; // (
  const f = words.findIndex((w, k) => k > 0 && w.text === 'for');
  return f > 0 && f < words.length - 1 && (words[f - 1]!.cls & ROLE_HEAD) !== 0 && !words.some((w) => w.cls & GIVEN_NAME) && abbreviatedAfter(text, words as Token[]);
}

/** "High" in "High Commissioner": a prefix right before a title word makes one office with it. */
const isTitlePrefix = (words: Token[], i: number): boolean =>
  (TITLE_PREFIXES.has(words[i]!.lower) || RANK_PREFIXES.has(words[i]!.lower)) && i + 1 < words.length && (words[i + 1]!.cls & ROLE_HEAD) !== 0;

/**
 * "Superintendent of Police Sujata Singh": head words of a body after a title's "of" end the title,
 * and two words or more after them are the person's name, given name known or not. Their index, or -1.
 */
function nameAfterBody(words: Token[], from: number): number {
  let j = from;
  while (j < words.length && isHeadToken(words[j]!)) j++;
  return j > from && words.length - j >= 2 && isPersonLike(words.slice(j)) ? j : -1;
}

/** Two of words[from…] are joined by " & " ("Kelm & Dorr"). */
const joinedByAmpersand = (text: string, words: Token[], from: number): boolean => {
  for (let k = from + 1; k < words.length; k++) if (text.startsWith(' & ', words[k - 1]!.end) && words[k]!.start === words[k - 1]!.end + 3) return true;
  return false;
};

/** A comma, then a capitalised word: a name set in apposition after the words. */
const APPOSED_NAME_AFTER = /^, \p{Lu}/u;

/** "DR Congo": two words, an honorific set in capitals and a known country's name (a titled person is "Dr" or "Mr"). */
const isPlaceInitials = (words: readonly Token[]): boolean => words.length === 2 && namesPlaceByInitials(words[0]!.text, words[1]!.lower);
export const namesPlaceByInitials = (initials: string, place: string): boolean =>
  PLACES.has(place) && initials.length > 1 && isAcronym(initials) && HONORIFICS.has(initials.toLowerCase());

/**
 * "the League of Rural Governors", "Ostra Union of Local Mayors": a body's head, "of", then words ending in a plural title
 * is a body named for its members; the title is the name's last word, not a title after it.
 */
const membersOfBody = (words: readonly Token[]): boolean => words.some((w, k) => k > 0 && w.text === 'of' && isHeadToken(words[k - 1]!));
