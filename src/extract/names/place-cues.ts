/** Words around one use of a name that say a place ("the town of", "northern", "the march to", "in" not after a quoted word); separate because place evidence is read word by word, apart from the names around it (place-neighbours.ts). */
import { BODY_HEADS, COMPASS_WORDS, PLACES } from '../lexicon';
import { spacesBefore } from '../chars';
import { ownedByPlace } from './institution-cues';
import { keyWords, type Occurrence } from './occurrence';
import { endsWithOf, lowerWordAfter, wordBefore, wordBeforeLast } from '../scan';
import { HEAD_WORD, PERSON_NOUN, PLACE_CUE, ROLE_HEAD, wordClass } from '../wordclass';

/** "the town of", "the provinces of", "east of": what follows is a place. */
const SETTLEMENT =
  /\b(?:towns?|cit(?:y|ies)|villages?|hamlets?|regions?|provinces?|districts?|count(?:y|ies)|constituenc(?:y|ies)|municipalit(?:y|ies)|states?|islands?|ports?|north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of\s+$/u;

/** "Kelmor state", "the Ostra and Kelmor states": a lower-case place noun, or its plural after a list of places. */
export const isPlaceNoun = (word: string): boolean => (wordClass(word) & PLACE_CUE) !== 0 || (word.endsWith('s') && (wordClass(word.slice(0, -1)) & PLACE_CUE) !== 0);

/** "the town of Kinshasa": the name is a place. */
export const isSettlement = (text: string, lo: number, end: number): boolean => endsWithOf(text, lo, end) && SETTLEMENT.test(text.slice(lo, end));

/** Lower-case words right before a name that make it a place: "northern Mindoro", "in northwestern Ostra", "the state capital Yola", "neighbouring Laos". */
export const PLACE_OPENERS = new Set([...COMPASS_WORDS, 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'capital', 'neighbouring', 'neighboring']);

/** A closing quote mark: ” ’ or ". */
const isClosingQuote = (c: number): boolean => c === 0x201d || c === 0x2019 || c === 34;

/** "which means “elephant” in Khmer": "in" after a quoted word gives the language the word is in, not a place. */
export const isLanguageAfterWord = (text: string, start: number): boolean => text.startsWith(' in ', start - 4) && isClosingQuote(text.charCodeAt(start - 5));

/** Nouns and verbs of going somewhere on foot: "the march to Parliament" names the building, not the body. */
const MARCHES = new Set(['march', 'marched', 'marching', 'marches', 'walked', 'procession']);
const DESTINATION_REACH = 30;

/** The name at `start` is where a march goes: "the march to Parliament". */
export function isDestination(text: string, start: number): boolean {
  const lo = Math.max(0, start - DESTINATION_REACH);
  return wordBefore(text, lo, start) === 'to' && MARCHES.has(wordBeforeLast(text, lo, start).toLowerCase());
}

/**
 * "a senior Ostra police official": a name before a public body's lower-case head and a person's noun
 * or title (`next` is the word right after `end`) is the place the body serves; not "Stop police brutality".
 * "Kelmor Ostra deputy police chief Ana Ruiz": a title's qualifier may stand before the body's head.
 */
export function bodyMemberAfter(text: string, end: number, next: string, hi: number): boolean {
  let head = next;
  let at = end;
  if (MEMBER_QUALIFIERS.has(next)) {
    at = text.indexOf(next, end) + next.length;
    head = lowerWordAfter(text, at, hi);
  }
  if (!BODY_HEADS.has(head)) return false;
  const member = lowerWordAfter(text, text.indexOf(head, at) + head.length, hi);
  return (wordClass(member) & (PERSON_NOUN | ROLE_HEAD)) !== 0;
}
/** Qualifiers of a member's title written before the body's head ("deputy police chief", "acting army commander"). */
const MEMBER_QUALIFIERS: ReadonlySet<string> = new Set(['deputy', 'acting', 'assistant', 'senior', 'former', 'interim']);

/**
 * "south asia", "northern england": a compass word before a known place names a region of it; so do
 * compass words alone ("the South West").
 */
export function isRegionOfPlace(o: Occurrence): boolean {
  // A key of one word (no space) is no region's: most keys are, and need not be split.
  if (!o.key.includes(' ')) return false;
  const [first] = keyWords(o);
  if (first!.length === o.key.length || !COMPASS_WORDS.has(first!)) return false;
  const rest = o.key.slice(first!.length + 1);
  return PLACES.has(rest) || COMPASS_WORDS.has(rest);
}

/**
 * "Likoni MP Ana Ruiz", "Kelmor East MLA Ravi Dutta", "Ostra South Mayor Ana Ruiz": the name right
 * before a legislator's or a local office's title and the holder's name is the seat, a constituency,
 * or the town or province the office serves.
 */
export const isSeatBeforeLegislator = (text: string, end: number): boolean => SEAT_TITLE.test(text.slice(end, end + 11));

/** A legislator's short title, or a mayor's or governor's, after a space, then a capitalised name. */
const SEAT_TITLE = /^ (?:MP|MLA|MNA|MPA|MSP|MPP|TD|Mayor|Governor) \p{Lu}/u;

/**
 * "Greater Ostra", "Greater Kelmor Bay": "Greater" opening a short name names a city with the towns around it, never a
 * person; not a body that carries the region's name ("Greater Ostra Water Board").
 */
export const isGreaterRegion = (words: readonly string[]): boolean =>
  words.length >= 2 && words.length <= 3 && words[0] === 'greater' && !words.some((w) => wordClass(w) & HEAD_WORD);

/**
 * "The worst-hit towns were Ostra, with 30 dead, and …", "the cities hit include Kelmor": a name that a clause opened by
 * settlements' plural noun lists is one of those settlements, whatever its officials say later ("Ostra officials said").
 * Not the settlements' people or offices ("the towns’ mayors were …"): the noun owns nothing.
 */
export const isListedSettlement = (text: string, lo: number, start: number): boolean => endsWithListVerb(text, lo, start) && LISTED_SETTLEMENT.test(text.slice(lo, start));
const LISTED_SETTLEMENT = /\b(?:towns|cities|villages|municipalities|districts|provinces|communities)\b(?![’'])[^.;:,’'"“”]{0,50}?\b(?:were|are|include|included)\s+$/u;

/**
 * The verb LISTED_SETTLEMENT ends with ("were", "are", "include", "included"), then spaces, ends the text from `lo` to
 * `start`. Asked of every use of every name: read before the expression, which tries each offset of its 90 characters.
 */
function endsWithListVerb(text: string, lo: number, start: number): boolean {
  const p = spacesBefore(text, start);
  if (p === start) return false;
  return wordEndsAt(text, 'were', lo, p) || wordEndsAt(text, 'are', lo, p) || wordEndsAt(text, 'include', lo, p) || wordEndsAt(text, 'included', lo, p);
}
const wordEndsAt = (text: string, word: string, lo: number, end: number): boolean => end - word.length >= lo && text.startsWith(word, end - word.length);

/**
 * "Ana Ruiz, from Kelmor's Dari, said", "a blast in Ostra's Varn": a name a known place owns, after a preposition of place,
 * is a part of that place (a district, a suburb), no body or person of it; the owner ends at `start` with its "'s ".
 */
export function isPartOfPlace(text: string, lo: number, start: number): boolean {
  if (!ownedByPlace(text, lo, start)) return false;
  let b = start - 3;
  while (b > lo && text.charCodeAt(b - 1) !== 32) b--;
  return PARTS_OF_PLACE_BEFORE.has(wordBefore(text, lo, b));
}
const PARTS_OF_PLACE_BEFORE: ReadonlySet<string> = new Set(['from', 'in', 'near']);
