import { COMPASS_WORDS, GOVERNMENT_NAMES, KNOWN_NAMES, OUTLETS, PLACES, TEAM_WORDS, WIRE_HEADS } from './lexicon';
import { keyWords, type Occurrence } from './mentions';
import type { Group } from './merge';
import { charBefore, classAt, isSpaceAt, isWordCode, LETTER, spacesFrom, UPPER } from './chars';
import { endsWithOf, lowerWordAfter, lowerWordBefore, reportsAfter, wordBefore, wordBeforeLast } from './scan';
import { isAcronym } from './tokens';
import type { Gazetteer, MentionKind } from './types';
import {
  COMMON,
  CONNECTOR,
  DEMONYM,
  EVENT_HEAD,
  GIVEN_NAME,
  GOV_HEAD,
  HEAD_WORD,
  ORG_CUE,
  ORG_HEAD,
  OUTLET_CUE,
  OUTLET_WORD,
  PERSON_NOUN,
  PLACE_CUE,
  PLACE_NOUN,
  ROLE_HEAD,
  ROLE_MODIFIER,
  STORM,
  WEAK_CONNECTOR,
  wordClass,
} from './wordclass';

const SETTLEMENT = /\b(?:town|city|village|hamlet|region|province|district|county|state|island|port)\s+of\s+$/u;

/** The kind the gazetteer gives the first of these forms of a name that it knows, or null. */
export function gazetteerKind(gazetteer: Gazetteer, forms: Iterable<string>): MentionKind | null {
  for (const form of forms) {
    const kind = gazetteer.kindOf(form) ?? gazetteer.kindOf(form.toLowerCase());
    if (kind) return kind;
  }
  return null;
}

/**
 * Kind of a merged mention, from the strongest evidence down: the gazetteer, the lexicon's known
 * names, titles, the words around each occurrence, the words of the name, and finally where it is
 * used ("in Hamburg").
 */
export function classify(group: Group, text: string, gazetteer?: Gazetteer): MentionKind {
  const known = gazetteer ? gazetteerKind(gazetteer, [group.name, ...new Set(group.occurrences.map((o) => o.form))]) : null;
  if (known) return known;
  // Most names are none the lexicon knows: one lookup per form in all its names rules them out.
  const lexicon = group.occurrences.some((o) => KNOWN_NAMES.has(o.key));
  if (lexicon && anyKey(group, OUTLETS)) return 'outlet';
  if (lexicon && anyKey(group, GOVERNMENT_NAMES)) return 'government';
  // "Councilor Jordan": a title before most uses of the name says a person, over a place of that
  // name; not a title ending in "of", whose name is its place ("Lord Mayor of London").
  const titledUses = group.occurrences.filter((o) => o.role && !/\bof(?: the)?$/i.test(o.role)).length;
  if (titledUses * 2 > group.occurrences.length) return 'person';
  if ((lexicon && anyKey(group, PLACES)) || group.occurrences.some(isRegionOfPlace)) return 'place';

  const { words } = group;
  const classes = words.map(wordClass);
  const last = words.length - 1;
  if (words.some((w) => /^(g7|g8|g20|g77|cop\d+)$/.test(w)) || classes[last]! & EVENT_HEAD) return 'event';
  // "Cyclone Idai", "Hurricane Katrina": storms are named like people.
  if (last > 0 && classes[0]! & STORM && !(classes[last]! & HEAD_WORD)) return 'event';
  if (group.occurrences.some((o) => o.role)) return 'person';

  // A demonym left at the start of a name ("Muslim Brotherhood"), a possessive inside it ("Women’s
  // Aid") or a connector that joins only institutions' names ("Alternative for Germany") says it is
  // no person's name.
  const nameLength =
    words.length >= 2 && words.length <= 4 && !(classes[0]! & DEMONYM) && !classes.some((c) => c & WEAK_CONNECTOR) && !/['’]s? /.test(group.name);
  // Only a one-word name the lexicon knows at most as a given name may be a speaker taken up by a pronoun.
  const speaker = last === 0 && !(classes[0]! & ~GIVEN_NAME);
  // The counts only the person rules read are gathered only where those rules can apply.
  let outletCue = 0;
  let orgCue = 0;
  let placeCue = 0;
  let placeNoun = 0;
  let storm = 0;
  let subject = 0;
  let titled = 0;
  let described = 0;
  let definite = 0;
  let gendered = 0;
  let neuter = 0;
  for (const o of group.occurrences) {
    const lo = Math.max(0, o.start - 40);
    const hi = Math.min(o.end + 60, text.length);
    // "in the Alps": the article does not hide the preposition.
    const before = wordBefore(text, lo, o.start);
    const head = text.charCodeAt(o.end) === 44 ? appositionHead(text.slice(o.end, hi)) : ''; // ,
    // "in the Folha de S.Paulo newspaper": a cue word right after the name.
    const next = lowerWordAfter(text, o.end, hi);
    const beforeClass = wordClass(before);
    const headClass = wordClass(head);
    const nextClass = wordClass(next);
    const cues = (cueOfAnotherName(text, lo, o.start, classes[0]!) ? 0 : beforeClass) | headClass | nextClass;
    if (cues & OUTLET_CUE) outletCue++;
    if (cues & ORG_CUE) orgCue++;
    // "the Sichuan province", "the Kashmir region"; "cyclone Idai" where the storm word is not capitalised.
    if (nextClass & PLACE_CUE) placeNoun++;
    if (beforeClass & STORM) storm++;
    // A preposition gives a place ("fled from Grozny", "in Madrid") unless it gives an affiliation
    // ("activists from Greenpeace", "an economist at ING") or a holding ("shares in Norrland").
    const preposition = before === 'in' || before === 'at' || before === 'near' || before === 'from';
    let affiliation = false;
    if (preposition) {
      const owner = wordBeforeLast(text, lo, o.start);
      const ownerLower = owner.toLowerCase();
      const holding = /^(shares|stake|stakes)$/.test(ownerLower);
      if (holding) orgCue++;
      affiliation =
        holding ||
        (before === 'at' && isPersonWord(ownerLower)) ||
        (before === 'from' && ((owner !== '' && (classAt(owner, 0) & UPPER) !== 0) || (wordClass(ownerLower) & COMMON) !== 0 || isPersonWord(ownerLower)));
    }
    if ((preposition && !affiliation) || isSettlement(text, lo, o.start)) placeCue++;
    // "the MP for Stoke-on-Trent Central said": a name after a preposition is not the verb's subject.
    if (!PREPOSITIONS.has(before) && reportsAfter(text, o.end, hi)) {
      subject++;
      // "Sultan said … . Some 215 soldiers died, he said.": the pronoun that next stands for a subject.
      const pronoun = speaker ? nextPronoun(text, o.end, Math.min(text.length, o.end + PRONOUN_REACH)) : '';
      if (pronoun === 'he' || pronoun === 'she') gendered++;
      else if (pronoun === 'it') neuter++;
    }
    if (!nameLength) continue;
    // "chief executive, Polly Neate" / "spokeswoman Maria Kostas": a lower-case title before the name.
    const title = wordClass(lowerWordBefore(text, Math.max(0, o.start - 30), o.start));
    if (title & (ROLE_HEAD | ROLE_MODIFIER) || headClass & ROLE_HEAD) titled++;
    // "X, a nurse at …" / "X, who lost …": only people are described so (organisations take "which").
    if ((headClass | title) & PERSON_NOUN || (text.charCodeAt(o.end) === 44 && isWhoAfter(text, o.end + 1, hi))) described++;
    if (afterThe(text, o.start)) definite++;
  }
  // Most uses decide, so one "storm" or "city" beside a person's name does not ("the Xi state visit").
  if (storm * 2 >= group.occurrences.length) return 'event';
  if (outletCue && outletCue >= orgCue) return 'outlet';
  if (orgCue) return 'organization';
  if (placeNoun * 2 >= group.occurrences.length && !(classes[0]! & GIVEN_NAME)) return 'place';

  if (classes[last]! & OUTLET_WORD || words.some((w) => w.startsWith('gazet'))) return 'outlet';
  // "Port United", "Leeds Rovers": a club's name (these words are no head: "United Nations", "United States").
  if (last > 0 && TEAM_WORDS.has(words[last]!)) return 'organization';
  if (last > 0 && classes[last - 1]! & OUTLET_WORD && WIRE_HEADS.has(words[last]!)) return 'outlet';
  // The head is last ("Human Rights Council") or before a connector ("Institute for Fiscal Studies").
  let heads = classes[last]!;
  for (let i = 0; i < last; i++) if (classes[i + 1]! & CONNECTOR) heads |= classes[i]!;
  if (heads & GOV_HEAD) return 'government';
  if (heads & ORG_HEAD) return 'organization';
  // "Orange County", "Democratic Republic of Congo": a place noun is the head.
  if (last > 0 && heads & PLACE_NOUN) return 'place';

  const full = group.occurrences.filter((o) => o.words.length > 1);
  const surnameReused = group.occurrences.some((o) => o.words.length === 1) && full.length > 0;
  // "the Lions roared back": people are not named with "the", so most uses with it say no person.
  const person = nameLength && definite * 2 < group.occurrences.length;
  if (person && (classes[0]! & GIVEN_NAME || surnameReused || titled || described || (subject && words.length <= 3))) return 'person';
  if (placeCue * 2 > group.occurrences.length && words.length <= 3) return 'place';
  // A one-word speaker ("Sultan said") is a person when most of its uses speak and "he" or "she",
  // never "it", takes it up: organisations are "it", and a single "he" could be anyone's.
  const n = group.occurrences.length;
  if (speaker && subject * 2 >= n && gendered > 0 && gendered * 2 >= subject && !neuter && !isAcronym(group.name)) return 'person';
  return 'other';
}

/** "the " (any case) stands right before `start`, as a word of its own. */
const afterThe = (text: string, start: number): boolean =>
  start >= 4 && text[start - 1] === ' ' && isLetterAt(text, start - 4, 116) && isLetterAt(text, start - 3, 104) && isLetterAt(text, start - 2, 101) && !(start > 4 && classAt(text, start - 5) & LETTER);

/**
 * The code unit at `i` is the ASCII lower-case letter `lower` in either case: no other character
 * lower-cases to t, h or e, and comparing code units spares lower-casing a slice.
 */
const isLetterAt = (text: string, i: number, lower: number): boolean => (text.charCodeAt(i) | 32) === lower;

/** How far after a speaker's name the pronoun standing for it is looked for. */
const PRONOUN_REACH = 300;
const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'his', 'her', 'its', 'their']);
/** h s i t H S I T: the letters a pronoun starts with, in either case. */
const PRONOUN_INITIALS = new Set([...'hsitHSIT'].map((c) => c.charCodeAt(0)));

/** The first third-person pronoun in text[from, hi), as the possessive's subject form ("his" → "he"), or "". */
function nextPronoun(text: string, from: number, hi: number): string {
  for (let i = from; i < hi; ) {
    if (!(classAt(text, i) & LETTER)) {
      i++;
      continue;
    }
    let end = i;
    while (end < hi && classAt(text, end) & LETTER) end++;
    // Only a word of two to five letters that starts like a pronoun is worth a lower-cased copy.
    const w = end - i >= 2 && end - i <= 5 && PRONOUN_INITIALS.has(text.charCodeAt(i)) ? text.slice(i, end).toLowerCase() : '';
    if (PRONOUNS.has(w)) return w === 'his' ? 'he' : w === 'her' ? 'she' : w === 'its' ? 'it' : w === 'their' ? 'they' : w;
    i = end;
  }
  return '';
}

/** "south asia", "northern england": a compass word before a known place names a region of it. */
function isRegionOfPlace(o: Occurrence): boolean {
  const [first] = keyWords(o);
  return first!.length < o.key.length && COMPASS_WORDS.has(first!) && PLACES.has(o.key.slice(first!.length + 1));
}

/** The key of one of the group's occurrences is among the `known` names. */
const anyKey = (group: Group, known: ReadonlySet<string> | ReadonlyMap<string, string>): boolean => group.occurrences.some((o) => known.has(o.key));

/**
 * "the Reform UK party Nigel Farage": the cue word before a person's name (it starts with a given
 * name) ends the name before it, and says nothing of this one. A demonym before the cue is no name
 * ("Russian newspaper Novaya Gazeta").
 */
function cueOfAnotherName(text: string, lo: number, start: number, firstWordClass: number): boolean {
  if (!(firstWordClass & GIVEN_NAME)) return false;
  const owner = wordBeforeLast(text, lo, start);
  return owner !== '' && (classAt(owner, 0) & UPPER) !== 0 && !(wordClass(owner.toLowerCase()) & DEMONYM);
}

/** `/^\s+who\s/` on text[start, hi): "who" follows after spaces. */
function isWhoAfter(text: string, start: number, hi: number): boolean {
  const i = spacesFrom(text, start, hi);
  return i > start && i + 3 < hi && text.startsWith('who', i) && isSpaceAt(text, i + 3);
}

const PREPOSITIONS = new Set(['for', 'of', 'in', 'at', 'from', 'to', 'on', 'with', 'by', 'near']);

const isPersonWord = (w: string): boolean =>
  (wordClass(w) & (PERSON_NOUN | ROLE_HEAD)) !== 0 || (wordClass(w.replace(/s$/, '')) & PERSON_NOUN) !== 0;

/** "the town of Kinshasa": the name is a place. */
const isSettlement = (text: string, lo: number, end: number): boolean => endsWithOf(text, lo, end) && SETTLEMENT.test(text.slice(lo, end));

/**
 * Head noun of an apposition after a name: "charity" in ", a housing charity", "spokesman" in
 * ", a spokesman for the airline", "secretary" in ", the union’s general secretary". `after` starts
 * at the comma.
 */
function appositionHead(after: string): string {
  let i = spacesFrom(after, 1);
  if (i === 1) return '';
  const determiner = DETERMINERS.find((d) => after.startsWith(d, i) && isSpaceAt(after, i + d.length));
  if (determiner) i = spacesFrom(after, i + determiner.length);
  const head = phraseHead(after, i);
  // ", spokeswoman for the agency": without a determiner only a title or a person's noun says what the name is
  // (", Bank of England" is the next item of a list).
  return determiner || wordClass(head) & (ROLE_HEAD | PERSON_NOUN) ? head : '';
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

const DETERMINERS = ['a', 'an', 'the', 'its', 'his', 'her', 'their'];
/** , . ; : ( ) end an apposition's phrase. */
const isPhraseStop = (c: number): boolean => c === 44 || c === 46 || c === 59 || c === 58 || c === 40 || c === 41;
/** Words after which a description goes on about something else ("spokesman for the airline"). */
const LINK_WORDS = ['for', 'of', 'at', 'in', 'with', 'from', 'on', 'who', 'which', 'that'];

const isHeadChar = (s: string, i: number): boolean => s.charCodeAt(i) === 45 || (classAt(s, i) & LETTER) !== 0;
