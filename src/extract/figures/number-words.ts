/**
 * Numbers written as words ("three hundred and fifty", "a dozen", "twenty-one") and "half of".
 * Hand-written scanners: the equivalent case-insensitive Unicode expression took V8 over 10 ms to
 * compile, on every start of the background, before it matched anything.
 */
import { ASCII, charBefore, classAt, HYPHEN, isSpaceAt, isWordCode, LETTER, NUMBER, SPACE, spacesFrom, widthAt } from '../chars';
import { CURRENCY_WORDS, FUNCTION_WORDS } from '../lexicon';
import { unitBeforeChangeNoun } from './changes';

/** The numbers below twenty in words, each at its value's index. */
export const SMALL = 'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(' ');
const TENS = 'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ');
const SCALE: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
/** "seven" → 7, "thirty" → 30: the value of each single number word below a hundred. */
export const WORD_VALUE = new Map<string, number>([
  ...SMALL.map((w, i) => [w, i] as const),
  ...TENS.map((w, i) => [w, (i + 2) * 10] as const),
]);
/** Every number word. */
export const SPELLED_NUMBERS = [...SMALL, ...TENS, ...Object.keys(SCALE), 'dozen'];
/** First letters of the number words: a word that starts otherwise is passed over at once. */
const FIRST_LETTERS = new Set(SPELLED_NUMBERS.map((w) => w.charCodeAt(0)));
const SPELLED = new Set(SPELLED_NUMBERS);
const LONGEST = Math.max(...SPELLED_NUMBERS.map((w) => w.length));
const SHORTEST = Math.min(...SPELLED_NUMBERS.map((w) => w.length));
const SCALE_WORDS = new Set(Object.keys(SCALE));

/** "hundred", "Million": a scale word, in any ASCII case. */
export const isScaleWord = (w: string): boolean => SCALE_WORDS.has(w.toLowerCase());

/** A number word as it occurs in text[start, end). */
export interface WordsMatch {
  start: number;
  end: number;
}

/**
 * Runs of number words in `s`, optionally after "a"/"an" and joined by spaces, hyphens or "and",
 * standing alone: not inside a word, and not before "-" and a letter ("one-third"). Letters compare
 * as Unicode case folding does ("SIX", "ſix"). Runs do not overlap and come in order. Only runs
 * starting in s[from, to) are found (a run may go on past `to`); `from` must not be inside a word.
 */
export function findNumberWords(s: string, from = 0, to = s.length): WordsMatch[] {
  const out: WordsMatch[] = [];
  // Only the start of a run of letters and digits can start a match (inside one, a letter or digit
  // comes before), and not after a hyphen.
  for (let p = from; p < to; ) {
    const c = s.charCodeAt(p);
    if (!((c < 128 ? ASCII[c]! : classAt(s, p)) & (LETTER | NUMBER))) {
      p += c < 128 ? 1 : widthAt(s, p);
      continue;
    }
    const first = fold(s, p);
    if ((first === A || FIRST_LETTERS.has(first)) && !(p > 0 && s.charCodeAt(p - 1) === HYPHEN)) {
      const end = wordsAt(s, p);
      if (end >= 0) {
        out.push({ start: p, end });
        p = end;
        continue;
      }
    }
    do p += widthAt(s, p);
    while (p < s.length && (s.charCodeAt(p) < 128 ? ASCII[s.charCodeAt(p)]! : classAt(s, p)) & (LETTER | NUMBER));
  }
  return out;
}

/** "the first half of 2008", "the second half": a part of a period, no share of a count (words before "half", lower case). */
const PERIOD_HALVES = new Set(['first', 'second', 'latter']);
/** The word before the "half" at `h` is one of PERIOD_HALVES. */
function namesPeriodHalf(s: string, h: number): boolean {
  let end = h;
  while (end > 0 && classAt(s, charBefore(s, end)) & SPACE) end = charBefore(s, end);
  if (end === h) return false;
  let start = end;
  while (start > 0 && ASCII[s.charCodeAt(start - 1)]! & LETTER) start--;
  return PERIOD_HALVES.has(s.slice(start, end).toLowerCase());
}

/** "Half" or "half" standing alone before "of" or "the": offsets of each in `s`. */
export function findHalves(s: string): number[] {
  const out: number[] = [];
  for (let p = s.indexOf('alf', 1); p > 0; p = s.indexOf('alf', p + 1)) {
    const h = p - 1;
    const c = s.charCodeAt(h);
    if ((c !== 72 && c !== 104) || (h > 0 && classAt(s, charBefore(s, h)) & LETTER)) continue; // H h
    const next = spacesFrom(s, p + 3);
    if (next > p + 3 && (wordAt(s, next, 'of') || wordAt(s, next, 'the')) && !namesPeriodHalf(s, h)) out.push(h);
  }
  return out;
}

/**
 * "by half a percentage point", "half a point": offsets of each "half a" before a point (0.5 of a point, a change of a
 * rate or an index), with the length of "half a"; the point is the unit read after it.
 */
export function findHalfPoints(s: string): { at: number; length: number }[] {
  const out: { at: number; length: number }[] = [];
  for (let p = s.indexOf('alf a', 1); p > 0; p = s.indexOf('alf a', p + 1)) {
    const h = p - 1;
    const c = s.charCodeAt(h);
    if ((c !== 72 && c !== 104) || (h > 0 && classAt(s, charBefore(s, h)) & LETTER)) continue; // H h
    const m = HALF_A_POINT.exec(s.slice(h, h + 40));
    if (m) out.push({ at: h, length: m[1]!.length });
  }
  return out;
}
const HALF_A_POINT = /^(half a)\s+(?:percentage\s+)?point\b/i;

/**
 * "three hundred and fifty" → 350, "a dozen" → 12, "1 million" is handled by digitHit. A scale word
 * with no count or article before it is no number: "several thousand", "a few hundred", "per million".
 */
export function wordsValue(phrase: string): number | null {
  let total = 0;
  let current = 0;
  let seen = false;
  let article = false;
  const words = splitWords(phrase.toLowerCase());
  // An indexed loop: at the bench's regime an iterator costs more than the few words it walks.
  for (let i = 0; i < words.length; i++) {
    const raw = words[i]!;
    if (raw === 'a' || raw === 'an') article = true;
    if (raw === 'and' || raw === 'a' || raw === 'an') continue;
    if (!seen && !article && !WORD_VALUE.has(raw)) return null;
    const small = WORD_VALUE.get(raw);
    if (small !== undefined) {
      // "twenty-one" adds units to tens; "one-two" (one or two) and "twenty thirty" are no single number.
      if (current % 100 !== 0 && (current % 10 !== 0 || small >= 10)) return null;
      current += small;
    } else if (raw === 'dozen') {
      current = (current || 1) * 12;
    } else if (raw === 'hundred') {
      current = (current || 1) * 100;
    } else {
      const scale = SCALE[raw];
      if (scale === undefined) return null;
      total += (current || 1) * scale;
      current = 0;
    }
    seen = true;
  }
  return seen ? total + current : null;
}


/** `s.split(/[\s-]+/)`, read with a loop: the expression cost more than the few words it splits. */
function splitWords(s: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < s.length; ) {
    if (!isSeparator(s, i)) {
      i++;
      continue;
    }
    out.push(s.slice(start, i));
    while (i < s.length && isSeparator(s, i)) i++;
    start = i;
  }
  out.push(s.slice(start));
  return out;
}

const isSeparator = (s: string, i: number): boolean => s.charCodeAt(i) === HYPHEN || isSpaceAt(s, i);

/**
 * End of the number words starting at `p`, or -1. "a"/"an" and spaces may come first; then words
 * follow one another while a separator and another number word come next. The run ends after the
 * last word that is not followed by a letter, a digit, or a hyphen and a letter.
 */
function wordsAt(s: string, p: number): number {
  if (fold(s, p) === A) {
    if (fold(s, p + 1) === N) {
      const end = chainAt(s, spacesFrom(s, p + 2), p + 2);
      if (end >= 0) return end;
    }
    const end = chainAt(s, spacesFrom(s, p + 1), p + 1);
    if (end >= 0) return end;
  }
  return chainAt(s, p, p - 1);
}

/** The run of words at `q`, which must lie past `after` (the spaces after "a"/"an" are not optional). */
function chainAt(s: string, q: number, after: number): number {
  if (q <= after) return -1;
  let end = q + wordLength(s, q);
  if (end === q) return -1;
  const ends = [end];
  let start = q;
  for (;;) {
    const next = nextWord(s, end, isScaleAt(s, start, end));
    if (next < 0) break;
    const length = wordLength(s, next);
    if (!length) break;
    start = next;
    end = next + length;
    ends.push(end);
  }
  for (let i = ends.length - 1; i >= 0; i--) if (endsRun(s, ends[i]!)) return ends[i]!;
  return -1;
}

/**
 * Start of the word after a separator at `e` (" and ", or spaces and hyphens), or -1. "and" joins
 * only after a scale word ("three hundred and fifty"): "between four and six" are two numbers.
 */
function nextWord(s: string, e: number, afterScale: boolean): number {
  const spaces = spacesFrom(s, e);
  if (afterScale && spaces > e && fold(s, spaces) === A && fold(s, spaces + 1) === N && fold(s, spaces + 2) === D) {
    const next = spacesFrom(s, spaces + 3);
    if (next > spaces + 3 && wordLength(s, next)) return next;
  }
  let i = e;
  while (i < s.length && (s.charCodeAt(i) === HYPHEN || classAt(s, i) & SPACE)) i++;
  return i > e ? i : -1;
}

/** Length of the number word at `q` that is not followed by a letter or digit, or 0. */
function wordLength(s: string, q: number): number {
  if (!FIRST_LETTERS.has(fold(s, q))) return 0;
  // The whole run of letters and digits from q, looked up once: comparing it with each number word
  // of the same first letter cost more, as most words starting so ("the", "that") are not numbers.
  let e = q;
  let ascii = true;
  while (e < s.length && e - q <= LONGEST) {
    const c = s.charCodeAt(e);
    if (!((c < 128 ? ASCII[c]! : classAt(s, e)) & (LETTER | NUMBER))) break;
    if (c >= 128) ascii = false;
    e += c < 128 ? 1 : widthAt(s, e);
  }
  // Folding keeps the length: a run shorter or longer than every number word is none ("a", "to", "of").
  if (e - q > LONGEST || e - q < SHORTEST) return 0;
  const word = ascii ? s.slice(q, e).toLowerCase() : folded(s, q, e);
  return SPELLED.has(word) ? e - q : 0;
}

/** s[q, e) is a scale word ("hundred", "Million"); only a word of a scale word's length is folded and looked up. */
function isScaleAt(s: string, q: number, e: number): boolean {
  return e - q >= SHORTEST_SCALE && e - q <= LONGEST_SCALE && SCALE[folded(s, q, e)] !== undefined;
}
const SHORTEST_SCALE = Math.min(...Object.keys(SCALE).map((w) => w.length));
const LONGEST_SCALE = Math.max(...Object.keys(SCALE).map((w) => w.length));

/** s[q, e) with fold() applied to each code unit. */
function folded(s: string, q: number, e: number): string {
  let out = '';
  for (let i = q; i < e; i++) out += String.fromCharCode(fold(s, i));
  return out;
}

/**
 * After the run: no letter or digit, and no hyphen before a letter unless it opens a compound's unit ("four-point") or
 * its half ("seven-and-a-half", which numbers.ts adds; not "a seven-and-a-half-hour flight", an adjective).
 */
const HYPHENATED_HALF = /^-and-a-half(?![-\p{L}\p{N}])/iu;
function endsRun(s: string, e: number): boolean {
  if (e >= s.length) return true;
  if (classAt(s, e) & (LETTER | NUMBER)) return false;
  return !(s.charCodeAt(e) === HYPHEN && e + 1 < s.length && classAt(s, e + 1) & LETTER) || compoundUnitAt(s, e) !== null || HYPHENATED_HALF.test(s.slice(e, e + 13));
}

/**
 * Units that may close a compound after a number, singular as written there, with their plural: "a
 * four-point lead" is a lead of four points, "the 7.8-magnitude quake" a quake of magnitude 7.8. Other
 * compounds count nothing a reader would check ("34-year-old", "one-third", "10-day").
 */
/** The compound unit of a body's strength ("-strong"), whose count is of the noun after the compound. */
export const STRENGTH = 'strong';
const COMPOUND_UNITS = new Map([
  ['point', 'points'],
  ['percentage-point', 'percentage points'],
  ['seat', 'seats'],
  ['vote', 'votes'],
  ['goal', 'goals'],
  ['stroke', 'strokes'],
  ['magnitude', 'magnitude'],
  // Sizes and capacities: "a 400-tonne ferry", "a 43-passenger bus", "a 500-bed hospital", "a 900-inmate capacity".
  ['tonne', 'tonnes'],
  ['ton', 'tons'],
  ['metre', 'metres'],
  ['meter', 'meters'],
  ['kilometre', 'kilometres'],
  ['kilometer', 'kilometers'],
  ['mile', 'miles'],
  // "a 250-feet gorge": the plural is also written in compounds.
  ['foot', 'feet'],
  ['feet', 'feet'],
  ['acre', 'acres'],
  ['hectare', 'hectares'],
  ['megawatt', 'megawatts'],
  ['passenger', 'passengers'],
  ['bed', 'beds'],
  ['inmate', 'inmates'],
  ['prisoner', 'prisoners'],
  ['storey', 'storeys'],
  // Bodies of people by their size: "the 87-member house", "a 15,000-strong force", "a 140-man-strong unit" (the
  // strength of what the noun after it names: unitOf).
  ['member', 'members'],
  ['strong', STRENGTH],
  ['man-strong', STRENGTH],
  ['men-strong', STRENGTH],
  ['member-strong', STRENGTH],
  // Amounts: "the average 57-cent estimate".
  ['cent', 'cents'],
]);
const LONGEST_COMPOUND_UNIT = Math.max(...[...COMPOUND_UNITS.keys()].map((u) => u.length));

/** A compound's unit ("-point lead"): its singular and plural as a figure's unit, and where its word ends. */
export interface CompoundUnit {
  singular: string;
  plural: string;
  end: number;
}

/** The compound's unit opened by a hyphen at `i` (ASCII letters and inner hyphens, then no letter or digit), or null. */
export function compoundUnitAt(s: string, i: number): CompoundUnit | null {
  if (s.charCodeAt(i) !== HYPHEN) return null;
  let e = i + 1;
  while (e < s.length && e - i <= LONGEST_COMPOUND_UNIT && (ASCII[s.charCodeAt(e)]! & LETTER || s.charCodeAt(e) === HYPHEN)) e++;
  if (e === i + 1 || (e < s.length && classAt(s, e) & (LETTER | NUMBER))) return null;
  const word = s.slice(i + 1, e).toLowerCase();
  const plural = COMPOUND_UNITS.get(word) ?? (TERM_UNITS.has(word) ? (namesTerm(s, e) ? `${word}s` : undefined) : namesChange(s, i, word) ? pluralUnit(word) : undefined);
  return plural === undefined ? null : { singular: word.replace('-', ' '), plural, end: e };
}

/**
 * "a 5,000-job cut": any unit but time closes a compound before the noun of a change (changes.ts reads the change);
 * "a one-off gain", "a one-time charge", "a two-way swing" are adjectives of how often or which way, no amount of a unit.
 */
const namesChange = (s: string, i: number, word: string): boolean => !ADJECTIVE_SECONDS.has(word) && unitBeforeChangeNoun(s.slice(i, i + word.length + 24))?.word === word;
const ADJECTIVE_SECONDS = new Set(['off', 'time', 'way', 'shot', 'sided', 'stop', 'fold']);

/** The plural of a unit written singular in a compound: "points", "jobs", "percentage points", "yen" (a currency word with no plural). */
export function pluralUnit(word: string): string {
  const compound = COMPOUND_UNITS.get(word.replace(' ', '-'));
  if (compound !== undefined) return compound;
  if (CURRENCY_WORDS.has(word) && !CURRENCY_WORDS.has(`${word}s`)) return word;
  return /(?:s|x|ch|sh)$/.test(word) ? `${word}es` : `${word}s`;
}

/**
 * Time units that close a compound only before a penalty or a term ("a five-year suspended prison
 * term", "a two-month ban"): its length, which a reader may check. Elsewhere ("a 10-day trip") they
 * count nothing.
 */
const TERM_UNITS = new Set(['year', 'month', 'week', 'day']);
const TERM_NOUNS = /^(?:\s+[a-z]+){0,2}?\s+(?:sentence|term|(jail|prison|detention)|imprisonment|ban|suspension|probation)\b/i;
const namesTerm = (s: string, e: number): boolean => {
  const m = TERM_NOUNS.exec(s.slice(e, e + 40));
  return m !== null && (m[1] === undefined || !placeNounsEvent(s, e + m[0].length));
};
/**
 * "a four-day jail uprising", "a two-day prison visit": a place of penalty that a noun comes after names where the event
 * was, and the time is how long it lasted, no term ("a ten-year prison sentence", "a three-year jail for fraud" stay).
 */
function placeNounsEvent(s: string, e: number): boolean {
  const next = NEXT_LOWER_WORD.exec(s.slice(e, e + 24))?.[1];
  return next !== undefined && !FUNCTION_WORDS.has(next) && !PRISON_TERMS.has(next);
}
const NEXT_LOWER_WORD = /^ ([a-z]+)\b/;
const PRISON_TERMS = new Set(['sentence', 'sentences', 'term', 'terms', 'stint', 'time']);

/** `word` (ASCII, lower case) at `i`, matched case-sensitively and followed by no ASCII word character (\b). */
function wordAt(s: string, i: number, word: string): boolean {
  return s.startsWith(word, i) && !isWordCode(s.charCodeAt(i + word.length));
}

const A = 97;
const N = 110;
const D = 100;

/**
 * The code unit at `i` as case-insensitive Unicode matching compares it with ASCII letters: capitals
 * and the two characters that fold to ASCII letters (ſ to s, the Kelvin sign to k) become lower case.
 */
function fold(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 65 && c <= 90) return c + 32;
  if (c === 0x17f) return 115;
  if (c === 0x212a) return 107;
  return c;
}
