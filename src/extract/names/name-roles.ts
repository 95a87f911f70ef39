/** The role written around a person's name: a title before it ("NDRRMC spokesperson Raffy Alejandro") or an apposition after it. */

import { capitalisedRun } from './capitalised-run';
import { isCurrencyMark } from './currency-marks';
import { BARE_ARTICLES, BODY_HEADS, DAY_PARTS, DESCRIPTORS, INFORMAL_TITLES, OFFICE_AREAS, POSSESSIVES } from '../lexicon';
import { isPluralApostrophe, isPluralNoun, joins, joinsAfterPossessive } from './name-joins';
import { isJoinedCapitals, isPersonLike, nameEnd } from './name-shapes';
import { keyOf, type Known, type Occurrence } from './occurrence';
import { isPortfolio, MINISTRY_HEADS } from './portfolios';
import { reportingVerbFollows } from './sentence-openers';
import { isPlaceNoun } from './place-cues';
import { endsTitle, isHeadOf, isOfficerInitials } from './title-words';
import { isAcronym, isShortForm, plain, type Token } from '../tokens';
import { hyphenedBodyEnd } from './hyphened-bodies';
import {
  ABBREVIATION,
  FUNCTION,
  GIVEN_NAME,
  HEAD_WORD,
  HOLIDAY,
  MONTH,
  ORG_CUE,
  OUTLET_CUE,
  PERSON_NOUN,
  REPORTING_VERB,
  ROLE_HEAD,
  ROLE_MODIFIER,
  VERB_FILLER,
  WEEKDAY,
  wordClass,
} from '../wordclass';

/**
 * "Ana Ruiz, Senior Nurse, said": Title-Case words between commas after a person's name, ending in a
 * noun of a person or a title, before a reporting verb, are that person's role, not a second speaker.
 */
export function isApposedTitle(text: string, tokens: readonly Token[], run: Token[], prev: Occurrence | undefined, next: number, to: number): boolean {
  const last = run[run.length - 1]!;
  if (!prev || run.length > MAX_ROLE_WORDS || !(last.cls & (PERSON_NOUN | ROLE_HEAD)) || text.charCodeAt(last.end) !== 44) return false; // ,
  if (prev.end + 2 !== run[0]!.start || text.charCodeAt(prev.end) !== 44 || prev.words.length < 2) return false;
  return !prev.words.some((w) => wordClass(w) & (HEAD_WORD | ORG_CUE | OUTLET_CUE)) && (reportingVerbFollows(tokens, next, to) || reportsAfterEmployer(text, tokens, next, to));
}

/**
 * "Ana Ruiz, Chief Executive Officer, Kelmor India, said": the employer's name set off by commas
 * after the title, then the reporting verb.
 */
function reportsAfterEmployer(text: string, tokens: readonly Token[], next: number, to: number): boolean {
  let e = next;
  while (e < to && e - next < MAX_ROLE_WORDS && tokens[e]!.capitalised && (e === next || joins(text, tokens[e - 1]!, tokens[e]!))) e++;
  return e > next && e < to && /^,\s+$/.test(text.slice(tokens[e - 1]!.end, tokens[e]!.start)) && reportingVerbFollows(tokens, e, to);
}

/** Most title words of an apposition's role ("senior vice president", "chief executive officer"). */
const MAX_ROLE_WORDS = 4;

/**
 * ", Kelmosoft’s Vice President of Cloud and Device Safety,": after a body's title, "of" or "for" and its capitalised
 * fields (two joined by "and" at most) are the title's too. The index after them; e where there are none.
 */
function titleFieldsEnd(text: string, tokens: readonly Token[], e: number, to: number, isCommonNoun: (t: Token) => boolean): number {
  if (e + 1 >= to || !TITLE_LINKS.has(tokens[e]!.text) || !tokens[e + 1]!.capitalised) return e;
  let f = e + 1 + capitalisedRun(text, tokens, e + 1, to, isCommonNoun).length;
  if (f + 1 < to && tokens[f]!.text === 'and' && tokens[f + 1]!.capitalised && joins(text, tokens[f]!, tokens[f + 1]!)) f += 1 + capitalisedRun(text, tokens, f + 1, to, isCommonNoun).length;
  // "of Cloud Tomas Varn": a given name among the words is a person's name after the title, no field.
  for (let k = e + 1; k < f; k++) if (tokens[k]!.cls & GIVEN_NAME) return e;
  return f;
}

/**
 * The role an apposition gives the name ending right before tokens[k]: ", spokesperson of Pakistan
 * MoFA", ", the executive director of the National Disaster Council", ", Acme’s chief executive".
 * Only a title of the lexicon followed by "of"/"for"/"at" and a capitalised body, or a capitalised
 * body owning a title, is a role: ", a nurse at Kelmor Hospital" and ", mother of Tomas" are none.
 * The role runs from the title (or the body owning it) to the end of its last name, without the
 * determiner; null when there is none.
 */
function appositiveRole(text: string, tokens: readonly Token[], k: number, to: number, isCommonNoun: (t: Token) => boolean): string | null {
  const end = nameEnd(text, tokens[k - 1]!.end, tokens[k - 1]!.lower);
  if (k >= to || text.charCodeAt(end) !== 44 || !/^,\s+$/.test(text.slice(end, tokens[k]!.start))) return null; // ,
  let j = k;
  if (BARE_ARTICLES.has(tokens[j]!.lower)) j++;
  if (j >= to) return null;
  // "Acme’s chief executive": a body owning the title; not "THE GROUP’S PRESIDENT", a common noun in capitals.
  if (tokens[j]!.capitalised && !(tokens[j]!.cls & (ROLE_HEAD | ROLE_MODIFIER)) && !isOfficerInitials(tokens[j]!)) {
    const owner = capitalisedRun(text, tokens, j, to, isCommonNoun);
    const e = j + owner.length;
    // ", a LibertyWorks spokesman": a brand-shaped body owns the title without a possessive.
    const brand = owner.length === 1 && isJoinedCapitals(owner[0]!.text);
    if (!(owner[owner.length - 1]!.possessive || brand) || (owner.length === 1 && (owner[0]!.cls & (ORG_CUE | OUTLET_CUE) || isCommonNoun(owner[0]!)))) return null;
    const title = titleEnd(text, tokens, e, to);
    const fields = title > e && !endsPhrase(text, tokens, title, to) ? titleFieldsEnd(text, tokens, title, to, isCommonNoun) : title;
    if (fields > title && endsPhrase(text, tokens, fields, to)) return plain(text.slice(tokens[j]!.start, tokens[fields - 1]!.end));
    return title > e && endsPhrase(text, tokens, title, to) ? plain(text.slice(tokens[j]!.start, tokens[title - 1]!.end)) : null;
  }
  // "spokesperson of Pakistan MoFA", "executive director of the Disaster Council (NDRRMC)".
  const title = titleEnd(text, tokens, j, to);
  // ", a magistrate in Kelmor district": a title held in a place is the role, the place no part of it.
  if (title > j && title + 1 < to && tokens[title]!.text === 'in' && tokens[title + 1]!.capitalised) return plain(text.slice(tokens[j]!.start, tokens[title - 1]!.end));
  if (title === j || title + 1 >= to || !TITLE_LINKS.has(tokens[title]!.text)) return null;
  let b = title + 1;
  if (tokens[b]!.text === 'the' && b + 1 < to) b++;
  // ", a spokesman for the provincial seismology bureau,": a body named in lower case by its head.
  const unnamed = tokens[b - 1]!.text === 'the' ? lowerBodyEnd(text, tokens, b, to) : -1;
  if (unnamed > 0) return plain(text.slice(tokens[j]!.start, tokens[unnamed - 1]!.end));
  if (!tokens[b]!.capitalised || !joins(text, tokens[b - 1]!, tokens[b]!) || isCurrencyMark(text, tokens[b]!)) return null;
  let e = b + capitalisedRun(text, tokens, b, to, isCommonNoun).length;
  // ", the spokesperson for Ostra’s Ministry of Water,": the body its owner's possessive names is the title's, not the owner.
  // Only where that body ends the phrase: "of the Kelmor Party’s Ostra campaign team" stays as it was.
  let owned = e;
  while (owned < to && tokens[owned - 1]!.possessive && tokens[owned]!.capitalised && joinsAfterPossessive(text, tokens[owned - 1]!, tokens[owned]!)) owned += capitalisedRun(text, tokens, owned, to, isCommonNoun).length;
  if (owned > e && endsPhrase(text, tokens, owned, to)) e = owned;
  const hyphened = hyphenedBodyEnd(text, tokens, e, to);
  if (hyphened > e) return plain(text.slice(tokens[j]!.start, tokens[hyphened - 1]!.end));
  // ", the president of the Kelmor rebels,": a lower-case plural closing the phrase names the body's members.
  if (e + 1 < to && isClosingPlural(text, tokens[e - 1]!, tokens[e]!) && text.charCodeAt(tokens[e]!.end) === 44) e++;
  // ", the DIG of Kelmor range,": the area's lower-case noun after its name is the office's too.
  else if (e < to && isAreaNoun(text, tokens[e - 1]!, tokens[e]!)) e++;
  e = bodySeatEnd(text, tokens, e, to, isCommonNoun);
  // ", the head of Kelmor's hajj department,": the body the possessive owns, named in lower case by its head word closing the
  // phrase, is the title's, not its owner alone ("head of Kelmor").
  if (e < to && tokens[e - 1]!.possessive && !tokens[e]!.capitalised && joinsAfterPossessive(text, tokens[e - 1]!, tokens[e]!)) e = ownedBodyEnd(text, tokens, e, to);
  // "manager of the Oxnard branch of …" goes on; "the CENI, the governor of Conakry, Soriba Camara," is Camara's.
  if (!endsPhrase(text, tokens, e, to) || (e < to && tokens[e]!.capitalised && /^,\s+$/.test(text.slice(tokens[e - 1]!.end, tokens[e]!.start)))) return null;
  return plain(text.slice(tokens[j]!.start, tokens[e - 1]!.end));
}

/**
 * The role written around a name in lower case, before it ("NDRRMC spokesperson Raffy Alejandro",
 * "Acme’s chief executive Jane Ruiz") or in an apposition after it; `before` is the index of the
 * name's first token (-1 when it does not open its run), `after` the index after its last (or -1).
 */
export function roleAround(text: string, tokens: readonly Token[], before: number, after: number, from: number, to: number, isCommonNoun: (t: Token) => boolean): string | null {
  return (before > from ? (titleBefore(text, tokens, before, from, isCommonNoun) ?? titleOfBodyBefore(text, tokens, before, from) ?? titleOfLowerBodyBefore(text, tokens, before, from)) : null) ?? (after > 0 ? appositiveRole(text, tokens, after, to, isCommonNoun) : null);
}

/**
 * "the Director General of KDMA, Ana Ruiz, said": a title of a capitalised body after "the", then a comma, right before the
 * name at tokens[k] is the person's role; the apposition names who holds it.
 */
function titleOfBodyBefore(text: string, tokens: readonly Token[], k: number, from: number): string | null {
  const last = tokens[k - 1]!;
  if (!last.capitalised || text.slice(last.end, tokens[k]!.start) !== ', ') return null;
  let j = k - 1;
  while (j > from && tokens[j]!.capitalised && tokens[j - 1]!.end + 1 === tokens[j]!.start) j--;
  if (tokens[j]!.text !== 'of' || j === k - 1) return null;
  let t = j - 1;
  let head = false;
  while (t >= from && tokens[t]!.capitalised && (tokens[t]!.cls & (ROLE_HEAD | ROLE_MODIFIER) || tokens[t]!.lower === 'general')) head = (tokens[t--]!.cls & ROLE_HEAD) !== 0 || head;
  if (!head || t < from || tokens[t]!.lower !== 'the') return null;
  return plain(text.slice(tokens[t + 1]!.start, last.end));
}

/**
 * ", head of Port Security at the Varn harbour,", ", director of Surgery at Kelmor General,": where the body the title is of
 * sits, after "at", is the role's too, its capitalised name and one lower-case noun after it ("harbour"), where the phrase
 * ends there. The index after them; e, the index after the body, where there are none.
 */
function bodySeatEnd(text: string, tokens: readonly Token[], e: number, to: number, isCommonNoun: (t: Token) => boolean): number {
  if (e + 2 >= to || tokens[e]!.text !== 'at' || !joins(text, tokens[e - 1]!, tokens[e]!)) return e;
  let k = e + 1;
  if (tokens[k]!.text === 'the') k++;
  if (k >= to || !tokens[k]!.capitalised || !joins(text, tokens[k - 1]!, tokens[k]!) || isCurrencyMark(text, tokens[k]!)) return e;
  k += capitalisedRun(text, tokens, k, to, isCommonNoun).length;
  if (k < to && !tokens[k]!.capitalised && !(tokens[k]!.cls & (FUNCTION | REPORTING_VERB | VERB_FILLER)) && joins(text, tokens[k - 1]!, tokens[k]!)) k++;
  return endsPhrase(text, tokens, k, to) ? k : e;
}

/**
 * "The head of the Kelmor disaster agency Ana Dorsek said": a title, its "of the", a body's capitalised name and its
 * lower-case words ending in a body's head word ("agency", "ministry"), right before the name at tokens[k], are the
 * person's role, as "the chief of the Kelmor Disaster Agency Ana Dorsek" is (bodyOfTitleBefore). Null where they are not.
 */
function titleOfLowerBodyBefore(text: string, tokens: readonly Token[], k: number, from: number): string | null {
  let h = k - 1;
  if (tokens[h]!.capitalised || !(tokens[h]!.cls & HEAD_WORD) || !joins(text, tokens[h]!, tokens[k]!)) return null;
  // The body's lower-case words ("disaster agency"), then its capitalised name ("Kelmor").
  while (h > from && k - h < MAX_LOWER_BODY_WORDS && !tokens[h - 1]!.capitalised && !(tokens[h - 1]!.cls & FUNCTION) && joins(text, tokens[h - 1]!, tokens[h]!)) h--;
  let b = h;
  while (b > from && tokens[b - 1]!.capitalised && joins(text, tokens[b - 1]!, tokens[b]!)) b--;
  if (b === h || b < from + 3 || tokens[b - 1]!.text !== 'the' || tokens[b - 2]!.text !== 'of') return null;
  const title = tokens[b - 3]!;
  if (title.capitalised ? !(title.cls & ROLE_HEAD) : !(title.cls & ROLE_HEAD || isHeadOf(title.lower, 'of'))) return null;
  return plain(text.slice(title.start, tokens[k - 1]!.end));
}

/**
 * "NDRRMC spokesperson Raffy Alejandro", "Acme’s chief executive Jane Ruiz": lower-case title words
 * ending in a title of the lexicon right before the name at tokens[k], after a capitalised body's
 * name; the role is the body's name and the title. Not "On Monday spokesman …": a date is no body.
 */
function titleBefore(text: string, tokens: readonly Token[], k: number, from: number, isCommonNoun: (t: Token) => boolean): string | null {
  return ownedTitle(text, tokens, k, from, isCommonNoun, true) ?? ownedTitle(text, tokens, k, from, isCommonNoun, false);
}

/**
 * titleBefore's reading, with or without a public body's head inside the title ("Kenya's police
 * chief" where a body owns it; "chief" alone where none does: "Deputy police chief" opening a sentence).
 */
function ownedTitle(text: string, tokens: readonly Token[], k: number, from: number, isCommonNoun: (t: Token) => boolean, bodyHead: boolean): string | null {
  let t = k - 1;
  const informal = INFORMAL_TITLES.has(tokens[t]!.text);
  if (tokens[t]!.capitalised || !(endsTitle(tokens, t) || informal) || !joins(text, tokens[t]!, tokens[k]!)) return null;
  // "deputy police chief", "army spokesman": a public body's head is a word of the title it owns.
  for (let step = titleWordsBefore(text, tokens, t, from, bodyHead); step && k - t + step <= MAX_ROLE_WORDS; step = titleWordsBefore(text, tokens, t, from, bodyHead)) t -= step;
  let b = t - 1;
  if (b < from) return null;
  const owner = tokens[b]!;
  const owns = owner.possessive ? joinsAfterPossessive(text, owner, tokens[t]!) : joins(text, owner, tokens[t]!);
  // "Defence ministry deputy spokesperson Ana Ruiz": a portfolio's body owns the title.
  if (b > from && !owner.capitalised && owns && MINISTRY_HEADS.has(owner.text) && isPortfolio(tokens[b - 1]!) && joins(text, tokens[b - 1]!, owner)) {
    return plain(text.slice(tokens[b - 1]!.start, tokens[k - 1]!.end));
  }
  // "its secretary general Ana Ruiz", `,” defence counsel Ana Ruiz`: after a lower-case word or a mark, the title alone.
  // "the boss Jane Ruiz": an informal title is one only after the body it heads.
  if (!owner.capitalised || !owns) return owner.possessive || informal ? null : plain(text.slice(tokens[t]!.start, tokens[k - 1]!.end));
  if (!owns || !owner.capitalised || owner.cls & (FUNCTION | MONTH | WEEKDAY | HOLIDAY | ROLE_HEAD | ROLE_MODIFIER)) return null;
  // "Incumbent Guinea president": a describing word opening the sentence is no part of the body's name.
  // "But Miyagi police chief": a capitalised function word opening the sentence is none of it either.
  // "Sons of Ostra leader Ana Ruiz": an "of" between capitalised words is inside the body's name, which is all the role's.
  for (;;) {
    while (b > from && tokens[b - 1]!.capitalised && !DESCRIPTORS.has(tokens[b - 1]!.lower) && !(tokens[b - 1]!.cls & FUNCTION) && joinsBodyWord(text, tokens[b - 1]!, tokens[b]!, isCommonNoun)) b--;
    if (!bodyOfBefore(text, tokens, b, from)) break;
    b -= 2;
  }
  // "Police spokesman Ali Khan" at a sentence start: a common noun alone is no body's name.
  if (b === t - 1 && isCommonNoun(owner) && !isAcronym(owner.text)) return null;
  return plain(text.slice(tokens[titleOfOffice(text, tokens, b, from)]!.start, tokens[k - 1]!.end));
}

/**
 * tokens a and b are words of one body's name: joined by a space, or "People’s Unity Party", "Workers’ Unity Party": a group
 * of people's possessive is a word of the name, as capitalisedRun keeps it ("Ostra’s Unity Party" is owned, not named).
 */
const joinsBodyWord = (text: string, a: Token, b: Token, isCommonNoun: (t: Token) => boolean): boolean =>
  a.possessive || isPluralApostrophe(text, a) ? isPluralNoun(a) && isCommonNoun(a) && joinsAfterPossessive(text, a, b) : joins(text, a, b);

/** "Sons of| Ostra": an "of" right before tokens[b], after a capitalised word that is no title ("Governor of Ostra" keeps its own reading). */
const bodyOfBefore = (text: string, tokens: readonly Token[], b: number, from: number): boolean => {
  const of = tokens[b - 1];
  const owner = tokens[b - 2];
  return b - 2 >= from && of!.text === 'of' && owner!.capitalised && !owner!.possessive && !(owner!.cls & (FUNCTION | ROLE_HEAD | ROLE_MODIFIER)) && joins(text, of!, tokens[b]!) && joins(text, owner!, of!);
};

/** "Ostra board chair", "the Kelmor board member": a company's board is a word of the title it holds, as a public body's head is. */
const BOARD = 'board';

/**
 * How many lower-case words right before tokens[t] extend the title it opens, or 0: a title word or,
 * with `bodyHead`, a public body's head ("deputy police chief", "army spokesman"); an adjective of a
 * region ("regional military commander"); or a noun between a title word and the title ("chief
 * election commissioner", 2).
 */
function titleWordsBefore(text: string, tokens: readonly Token[], t: number, from: number, bodyHead: boolean): number {
  const w = tokens[t - 1];
  if (t <= from || !w || w.capitalised || !joins(text, w, tokens[t]!)) return 0;
  if (w.cls & (ROLE_HEAD | ROLE_MODIFIER) || (bodyHead && (BODY_HEADS.has(w.text) || w.text === BOARD))) return 1;
  if (w.cls & FUNCTION) return 0;
  if (w.text.length >= 5 && w.text.endsWith('al')) return 1;
  const v = tokens[t - 2];
  return t - 1 > from && v && !v.capitalised && v.cls & (ROLE_HEAD | ROLE_MODIFIER) && joins(text, v, w) ? 2 : 0;
}

/**
 * "Spokesperson of Kelmor state governor Ana Ruiz": a title and its "of" or "for" right before the
 * office's owner (at tokens[b]) make the person that office's spokesperson, not its holder. The index
 * where the role opens.
 */
function titleOfOffice(text: string, tokens: readonly Token[], b: number, from: number): number {
  let l = b - 1;
  if (l - 1 < from || (tokens[l]!.text !== 'of' && tokens[l]!.text !== 'for') || !joins(text, tokens[l]!, tokens[b]!) || !endsTitle(tokens, l - 1) || !joins(text, tokens[l - 1]!, tokens[l]!)) return b;
  l--;
  while (l > from && tokens[l - 1]!.cls & (ROLE_HEAD | ROLE_MODIFIER) && joins(text, tokens[l - 1]!, tokens[l]!) && b - l < MAX_ROLE_WORDS + 1) l--;
  return l;
}

/**
 * "Chief executive Dr Ana Ruiz", "Kelmor spokesperson Dr Ana Ruiz": the title written before an
 * honorific opening the name at tokens[k] is the person's role, which the honorific alone is not.
 * Lower-case title words (one a title head) count, and a capitalised one (or a common noun) only where it opens the sentence.
 */
export function titleBeforeHonorific(text: string, tokens: readonly Token[], k: number, from: number, isCommonNoun: (t: Token) => boolean): string | null {
  const owned = k > from ? titleBefore(text, tokens, k, from, isCommonNoun) : null;
  if (owned) return owned;
  let t = k;
  let head = false;
  while (t > from && k - t < MAX_ROLE_WORDS && tokens[t - 1]!.cls & (ROLE_HEAD | ROLE_MODIFIER) && (!tokens[t - 1]!.capitalised || t - 1 === from) && joins(text, tokens[t - 1]!, tokens[t]!)) {
    t--;
    head ||= (tokens[t]!.cls & ROLE_HEAD) !== 0;
  }
  // "Study leader Dr Ana Ruiz": a common noun opening the sentence says what the title is of.
  if (head && t - 1 === from && isCommonNoun(tokens[from]!) && joins(text, tokens[from]!, tokens[t]!)) t = from;
  return head ? plain(text.slice(tokens[t]!.start, tokens[k - 1]!.end)) : null;
}

/** Most words of a title set before the name it describes ("Minister of State for Transport and north Ostra TD"). */
const MAX_APPOSED_TITLE = 10;

/**
 * "The Labour senator, Mr Tom Dunne,", "RDC spokesperson, Brigadier Ana Ruiz,": the words
 * from a determiner (or the sentence start) to a title of the lexicon, then a comma, right before the
 * name opening at tokens[k], are that person's role; null when there are none.
 */
export function titleApposedBefore(text: string, tokens: readonly Token[], k: number, from: number): string | null {
  const t = k - 1;
  if (t < from || !(tokens[t]!.cls & ROLE_HEAD) || tokens[t]!.possessive || !/^,\s+$/.test(text.slice(tokens[t]!.end, tokens[k]!.start))) return null;
  let b = t;
  // "police detained their spokesman, Ana Ruiz,": a possessive determiner opens the title as an article does.
  const opens = (w: Token): boolean => BARE_ARTICLES.has(w.lower) || POSSESSIVES.has(w.lower);
  while (b > from && t - b < MAX_APPOSED_TITLE && !opens(tokens[b - 1]!) && joins(text, tokens[b - 1]!, tokens[b]!)) b--;
  if (b > from && !(opens(tokens[b - 1]!) && joins(text, tokens[b - 1]!, tokens[b]!))) return null;
  // "Another former justice minister": words that only count the title are none of it.
  while (b < t && (tokens[b]!.cls & FUNCTION || isTimeOfDay(tokens, b))) b++;
  // A title alone after its determiner is one ("the senator"); an honorific alone is none ("the Mr").
  return b === t && tokens[t]!.cls & ABBREVIATION ? null : plain(text.slice(tokens[b]!.start, tokens[t]!.end));
}

/**
 * "This evening Northern Region Commander, Ana Ruiz, said", "Friday night Harbour Master, Ana Ruiz,": a part of the day
 * after "this", "last" or a weekday (and that weekday) says when, no word of the title; "The night manager, Ana Ruiz," keeps its "night".
 */
const isTimeOfDay = (tokens: readonly Token[], b: number): boolean =>
  ((tokens[b]!.cls & WEEKDAY) !== 0 && DAY_PARTS.has(tokens[b + 1]!.lower)) || (b > 0 && DAY_PARTS.has(tokens[b]!.lower) && ((tokens[b - 1]!.cls & WEEKDAY) !== 0 || DAY_OPENERS.has(tokens[b - 1]!.lower)));
const DAY_OPENERS: ReadonlySet<string> = new Set(['this', 'last', 'yesterday', 'tomorrow']);

/** A name a role may follow: a person's shape, not one the lexicon knows, nor a short form ("the CENI"). */
export const mayBePerson = (name: Token[], known: Known): boolean =>
  isPersonLike(name) && !(name.length === 1 && isShortForm(name[0]!.text)) && !known(keyOf(name.map((t) => t.lower)));

/** "Kelmor rebels": a lower-case word in "-s" right after a body's name (members of it, not a title or a verb). */
const isClosingPlural = (text: string, body: Token, w: Token): boolean =>
  !w.capitalised && w.text.length > 3 && w.text.endsWith('s') && !w.text.endsWith('ss') && !(w.cls & (FUNCTION | ROLE_HEAD | REPORTING_VERB | VERB_FILLER)) && joins(text, body, w);

/** "Kelmor range", "Ostra district": a lower-case place noun right after a place's name. */
const isAreaNoun = (text: string, place: Token, w: Token): boolean => !w.capitalised && (OFFICE_AREAS.has(w.text) || isPlaceNoun(w.text)) && joins(text, place, w);

/** Words that join a title to the body it is of ("spokesperson of", "spokesman for", "director at"). */
const TITLE_LINKS = new Set(['of', 'for', 'at']);

/**
 * The index after the title words from tokens[j], one space apart, of which one at least is a title
 * head ("executive director", "chief executive"); j when there is none.
 */
function titleEnd(text: string, tokens: readonly Token[], j: number, to: number): number {
  let e = j;
  let head = false;
  while (e < to && e - j < MAX_ROLE_WORDS && (tokens[e]!.cls & (ROLE_HEAD | ROLE_MODIFIER) || isOfficerInitials(tokens[e]!) || isHeadOf(tokens[e]!.lower, tokens[e + 1]?.lower)) && (e === j || joins(text, tokens[e - 1]!, tokens[e]!))) {
    head ||= (tokens[e]!.cls & ROLE_HEAD) !== 0 || isOfficerInitials(tokens[e]!) || isHeadOf(tokens[e]!.lower, tokens[e + 1]?.lower);
    e++;
  }
  return head ? e : j;
}

/** Where the lower-case body a possessive owns ends (see lowerBodyEnd), from tokens[e]; e where its words name none or go on. */
const ownedBodyEnd = (text: string, tokens: readonly Token[], e: number, to: number): number => {
  const end = lowerBodyEnd(text, tokens, e, to);
  return end < 0 ? e : end;
};

/** Most lower-case words of a body named by its head after "the" ("the provincial seismology bureau"). */
const MAX_LOWER_BODY_WORDS = 4;

/**
 * Where "the <lower-case words> <body's head>" that starts at tokens[b] ends, the head ("bureau",
 * "unions") closing its phrase; or -1.
 */
function lowerBodyEnd(text: string, tokens: readonly Token[], b: number, to: number): number {
  for (let e = b; e < to && e - b < MAX_LOWER_BODY_WORDS && !tokens[e]!.capitalised && (e === b || joins(text, tokens[e - 1]!, tokens[e]!)); e++) {
    if (tokens[e]!.cls & HEAD_WORD) return endsPhrase(text, tokens, e + 1, to) ? e + 1 : -1;
  }
  return -1;
}

/** The title ending before tokens[e] ends its phrase: punctuation, a verb or nothing follows ("Acme’s chief economist" goes on). */
function endsPhrase(text: string, tokens: readonly Token[], e: number, to: number): boolean {
  if (e >= to) return true;
  return !joins(text, tokens[e - 1]!, tokens[e]!) || (tokens[e]!.cls & (REPORTING_VERB | VERB_FILLER)) !== 0;
}
