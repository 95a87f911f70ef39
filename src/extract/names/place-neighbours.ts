/** The names around a name that make it a place (a list headed by a place noun, "Harrisburg, Pennsylvania,", a dateline); separate because it walks lists of names back and forth, not the words of one use. */
import { readDateline, type Dateline } from '../datelines';
import type { Span } from '../types';
import { AREA_NOUNS, GEO_OPENERS, PLACES } from '../lexicon';
import { classAt, codeAt, LETTER, UPPER } from '../chars';
import { isPlaceNoun, isSettlement } from './place-cues';
import { lowerWordAfter, wordBefore } from '../scan';

/**
 * The names around a name say it is a place: it is an item of a list of names headed by a place
 * noun or a preposition of place ("the towns of Harvey, Cookernup and Wokalup", "in Barangay Kushiong,
 * Maguindanao") or ending in other places ("Matta, Kanju and other places"), it is followed by a known place as its state or country ("Harrisburg, Pennsylvania,"),
 * or it is a dateline in capitals ("YOLA (Adamawa, Nigeria) —").
 */
export function placedByNeighbours(text: string, start: number, end: number): boolean {
  let first = listStart(text, Math.max(0, start - LIST_WINDOW), start);
  // "In Guiuan, Eastern Samar, 6,458 families": a sentence's capitalised preposition opens no item.
  // Most names are no list's item (the list starts at the name): nothing to read before it then.
  const opener = first < start ? OPENING_PREPOSITION.exec(text.slice(first, start)) : null;
  if (opener) first += opener[0].length;
  if (first < start) {
    const lo = Math.max(0, first - 40);
    // After a preposition only a list of commas, whose item this name ends, says places: "Kenji Mori in
    // Singapore and Lena Vogt" are people, and so is "Vogt" of "In London, Vogt said".
    const before = opener ? opener[1]!.toLowerCase() : wordBefore(text, lo, first);
    const commaList = text.charCodeAt(start - 2) === 44 && ',.;'.includes(text[end] ?? '.');
    if ((commaList && (before === 'in' || before === 'near')) || (isListItem(text, start, end) && (isSettlement(text, lo, first) || isPlaceListHead(text, lo, first)))) return true;
  }
  return placeAfterComma(text, end) || placeBeforeComma(text, start, end) || isDateline(text, start, end) || listEndsInPlaceNoun(text, end);
}

/**
 * "The areas the fighters came from include Ostra, Varn and Kelmor", "districts including Ostra and Varn": an item of a list
 * a plural place noun heads is a place, whatever else its uses say ("a leader in Varn told KTV" speaks from there).
 */
export function inPlaceList(text: string, start: number, end: number): boolean {
  if (!isListItem(text, start, end)) return false;
  const first = listStart(text, Math.max(0, start - LIST_WINDOW), start);
  return first < start ? isPlaceListHead(text, Math.max(0, first - 40), first) : isPlaceListHead(text, Math.max(0, start - 40), start);
}

/** "districts including ", "provinces such as ": a plural place noun and the word that opens its examples. */
const PLACE_LIST_HEAD = /\b([a-z]+) (?:including|such as|like) $/;

/** "missing from districts including Ostra, Varn and Kelmor": a list headed by a plural place noun and "including" is of places. */
function isPlaceListHead(text: string, lo: number, first: number): boolean {
  // "The areas the fighters came from include Ostra, Varn and Kelmor": a plural place noun as the subject of "include".
  const m = PLACE_LIST_HEAD.exec(text.slice(lo, first)) ?? PLACE_LIST_SUBJECT.exec(text.slice(Math.max(0, first - SUBJECT_REACH), first));
  return m !== null && m[1]!.endsWith('s') && (isPlaceNoun(m[1]!) || AREA_NOUNS.has(m[1]!));
}
const PLACE_LIST_SUBJECT = /\b[Tt]he ([a-z]+)\b[^.;:!?"“”]{0,60}? (?:include|includes|included) $/;
const SUBJECT_REACH = 100;

/**
 * The name at [start, end) is an item of a list, not a name after one ("constituencies of Ostra, Kelmor
 * Party chairman Ana Ruiz said"): a list goes on after it, or "and" or "or" joins it as the last item.
 */
export const isListItem = (text: string, start: number, end: number): boolean =>
  text.charCodeAt(end) === 44 || text.startsWith(' and ', end) || text.startsWith(' or ', end) || JOINS_LAST_ITEM.test(text.slice(Math.max(0, start - 4), start));
/** "and " or "or " right before the name, asked of every use: one expression made once, not a new one on each call. */
const JOINS_LAST_ITEM = /(?:^|\s)(?:and|or) $/;

/** "In ", "Near ", "At " opening a sentence before a list. */
const OPENING_PREPOSITION = /^(In|Near|At) /;

/**
 * "San Juan, Batangas,": a name set between commas right after a place (known, or opening with a
 * geographic word) is the region that place is in.
 */
function placeBeforeComma(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(start - 1) !== 32 || text.charCodeAt(start - 2) !== 44 || !',.;'.includes(text[end] ?? '.')) return false;
  const lo = Math.max(0, start - 2 - PLACE_AFTER_REACH);
  let first = wordStart(text, lo, start - 2);
  while (first - 1 > lo && text.charCodeAt(first - 1) === 32 && capitalisedEndsAt(text, lo, first - 1)) first = wordStart(text, lo, first - 1);
  if (first === start - 2 || !(classAt(text, first) & UPPER)) return false;
  const place = text.slice(first, start - 2).toLowerCase();
  const space = place.indexOf(' ');
  return PLACES.has(place) || (space > 0 && GEO_OPENERS.has(place.slice(0, space)));
}

/**
 * "Preston Beach, Myalup and Waroona town site": the name is an item of a list of capitalised names
 * whose last item a lower-case place noun follows, so every item is a place. Read forward from the
 * name's end within LIST_WINDOW.
 */
function listEndsInPlaceNoun(text: string, end: number): boolean {
  const hi = Math.min(text.length, end + LIST_WINDOW);
  let i = end;
  let items = 0;
  for (let next = separatorAfter(text, i, hi); next >= 0 && next < hi && classAt(text, next) & UPPER; next = separatorAfter(text, i, hi)) {
    i = itemEnd(text, next, hi);
    items++;
  }
  return (items > 0 && isPlaceNoun(lowerWordAfter(text, i, hi))) || endsWithOtherPlaces(text, i, hi);
}

/** "…, Kanju and other places", "Ostra, Varn and other tribal regions": the list's last item is followed by other places, so its items are places. */
function endsWithOtherPlaces(text: string, i: number, hi: number): boolean {
  // This runs after every name: the expression is tried only where "and other" or "or other" follows.
  const p = text.charCodeAt(i) === 44 ? i + 1 : i; // ,
  if (!text.startsWith(' and other ', p) && !text.startsWith(' or other ', p)) return false;
  const m = OTHER_PLACES.exec(text.slice(i, hi));
  return m !== null && (isPlaceNoun(m[1]!) || AREA_NOUNS.has(m[1]!) || m[1] === 'places');
}

/** ", and other (tribal) regions": "other", at most one modifier, then the plural noun. */
const OTHER_PLACES = /^,? (?:and|or) other (?:[a-z-]+ )?([a-z]+s)\b/;

/** End of the capitalised words, one space apart, from `i` (not after `hi`): one item of a list. */
function itemEnd(text: string, i: number, hi: number): number {
  let e = wordEndFrom(text, i, hi);
  while (text.charCodeAt(e) === 32 && e + 1 < hi && classAt(text, e + 1) & UPPER) e = wordEndFrom(text, e + 1, hi);
  return e;
}

/** ", " / " and " / ", and " at `i`: the index after it, or -1. */
function separatorAfter(text: string, i: number, hi: number): number {
  let p = i;
  if (text.charCodeAt(p) === 44) p++;
  if (text.charCodeAt(p) !== 32) return -1;
  p++;
  if (text.startsWith('and ', p) && p + 4 < hi) return p + 4;
  return p > i + 1 ? p : -1;
}

/** End of the run of letters and hyphens from `i`, not after `hi`. */
function wordEndFrom(text: string, i: number, hi: number): number {
  while (i < hi && (classAt(text, i) & LETTER || text.charCodeAt(i) === 45)) i++;
  return i;
}

/** How far back a list of names is followed to the words that head it. */
const LIST_WINDOW = 160;

/**
 * Start of the first name of the list of capitalised names that the name at `start` ends ("the
 * towns of Harvey, Cookernup and Wokalup": the start of "Harvey"), items joined by commas or "and"
 * and each of capitalised words ("Northern Samar and Samar"); `start` when nothing joins it.
 */
function listStart(text: string, lo: number, start: number): number {
  let first = start;
  for (;;) {
    // A capitalised word one space before belongs to the same item; else a separator comes first.
    const end = codeAt(text, first - 1) === 32 && first - 1 > lo && capitalisedEndsAt(text, lo, first - 1) ? first - 1 : separatorBefore(text, lo, first);
    if (end < 0 || !capitalisedEndsAt(text, lo, end)) return first;
    first = wordStart(text, lo, end);
  }
}

/** Start of the run of letters and hyphens ending at `end`, not before `lo`. */
function wordStart(text: string, lo: number, end: number): number {
  let k = end;
  while (k > lo && (classAt(text, k - 1) & LETTER || text.charCodeAt(k - 1) === 45)) k--;
  return k;
}

/** A word that starts with a capital ends at `end`. */
const capitalisedEndsAt = (text: string, lo: number, end: number): boolean => {
  const k = wordStart(text, lo, end);
  return k < end && (classAt(text, k) & UPPER) !== 0;
};

/** ", " / " and " / ", and " before `i`: the end of the list item before it, or -1. */
function separatorBefore(text: string, lo: number, i: number): number {
  if (i - 1 <= lo || text.charCodeAt(i - 1) !== 32) return -1;
  let p = i - 1;
  let joined = false;
  if (p - 4 >= lo && text.charCodeAt(p - 4) === 32 && text.startsWith('and', p - 3)) {
    p -= 4;
    joined = true;
  }
  if (p - 1 >= lo && text.charCodeAt(p - 1) === 44) {
    p--;
    joined = true;
  }
  return joined ? p : -1;
}

/** Most characters of the known place after a name's comma ("Harrisburg, Pennsylvania,"). */
const PLACE_AFTER_REACH = 30;

/** ", <known place>" then a comma, a full stop, a bracket or the end follows the name at `end`: its state or country. */
function placeAfterComma(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 44 || text.charCodeAt(end + 1) !== 32) return false;
  const from = end + 2;
  let to = from;
  while (to < text.length && to - from <= PLACE_AFTER_REACH && (classAt(text, to) & LETTER || text.charCodeAt(to) === 32)) to++;
  if (to === from || (to < text.length && !',.;)'.includes(text[to]!))) return false;
  return PLACES.has(text.slice(from, to).toLowerCase());
}

/**
 * "YOLA (Adamawa) —", "MANILA, Dec. 8 --", "ST. KELMOR: –": the place of the text's dateline, set in capitals as wires set it;
 * "Ostra (Kelmor State) [Varnia], May 1 (KNA):": the region in brackets after the town, a date after it;
 * "Ostra (Kelmor): A day after …": a town and its region in brackets before a colon and the first sentence.
 */
export function isDateline(text: string, start: number, end: number): boolean {
  if (start > DATELINE_REACH) return false;
  const d = readDateline(text);
  if (!d) return false;
  const at = (s: Span | undefined): boolean => s !== undefined && s.start === start && s.end === end;
  // A region in brackets counts where a date follows it, as the reader takes it only then.
  if (d.date && d.regions.some(at) && BRACKET_OPENS.includes(text.charAt(start - 1))) return true;
  if (d.separator === 'colon' && d.credit !== undefined && regionBeforeColon(text, d)) {
    // Not "OSTRA (KNA): …", a wire's initials; the town too, where no other line opens so (a transcript's "Ana Ruiz (KP): …").
    if (at(d.credit) && /\p{Ll}/u.test(text.slice(start, end))) return true;
    if (at(d.place) && start <= 3 && /^\p{Lu}\p{Ll}/u.test(text.slice(d.credit.start, d.credit.end))) return true;
  }
  // In capitals; not before a colon alone ("ACME: SYDNEY —", a section's label).
  if (!at(d.place) || end - start < 3 || start > 3 || text.slice(start, end) !== text.slice(start, end).toUpperCase()) return false;
  return d.separator !== 'colon' || d.credit !== undefined || d.date !== undefined || d.regions.length > 0;
}
/** How far into the text a dateline's place or bracketed region may start. */
const DATELINE_REACH = 40;
const BRACKET_OPENS = '([';

/** A colon closes the region's bracket before the story's first sentence ("): A day after"), and no later line opens with a name and a colon. */
const regionBeforeColon = (text: string, d: Dateline): boolean =>
  d.credit !== undefined && text.charCodeAt(d.credit.end + 1) === 58 && /^\p{Lu}\p{Ll}* \p{Ll}/u.test(text.slice(d.end, d.end + DATELINE_REACH)) && !SPEAKER_LINE.test(text.slice(d.credit.end)); // :
/** A later line opening with a name and a colon, maybe a bracket between: the text is a transcript's. */
const SPEAKER_LINE = /\n\s*\p{Lu}[\p{L} .'’-]{0,40}(?: \([\p{L} ]+\))?: /u;

/**
 * "Mohmand: Insurgents attacked …": a name in title case opening the text before a colon and a
 * sentence is the place it is reported from, where no other line opens so (a transcript's "Ruiz:", a
 * section's "ACME: SYDNEY —").
 */
export function isColonDateline(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(end) !== 58) return false; // :
  const d = readDateline(text);
  if (d?.separator !== 'colon' || d.place?.start !== start || d.place.end !== end || !COLON_SENTENCE.test(text.slice(end, end + 30))) return false;
  const name = text.slice(start, end);
  if (name === name.toUpperCase()) return false;
  const rest = text.slice(end + 1);
  return !/\n\s*\p{Lu}[\p{L} .'’-]{0,40}: /u.test(rest);
}

/** ": " and a capitalised word, then a lower-case one: a sentence, not another label ("ACME: SYDNEY"). */
const COLON_SENTENCE = /^: \p{Lu}\p{Ll}+ \p{Ll}/u;
