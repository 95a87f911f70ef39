/** The bound a phrase puts on a number ("at least", "up to", "or more", "cannot hold more than"); separate because it reads only the words right around the number. */
import { charBefore, classAt, hasAsciiWord, LETTER, spacesBefore } from '../chars';
import type { NumberHit } from './numbers';
import type { Range } from '../sentences';
import type { Comparator } from '../types';

const COMPARATORS: [Comparator, string][] = [
  // "the cuts may be as low as 250": the low end of an estimate, as "as high as" is its high end.
  ['>=', 'at least|no fewer than|no less than|not less than|a minimum of|as low as|as few as|as little as'],
  ['<=', 'at most|up to|as many as|as much as|as high as|no more than|not more than|a maximum of|within'],
  // "could cross 10,000", "crossed 200": a threshold passed, as "crossed the 200-mark"; "rose past 12,000" (only
  // after a verb of motion: "the past 24 hours" is a period).
  ['>', 'more than|just over|over|above|upwards of|in excess of|higher than|greater than|exceed|exceeded|exceeds|exceeding|topped|topping|surpassed|crossed the|cross|crosses|crossed|past'],
  // "almost", "neared": close to the number but short of it ("nearly" stays about it, as issue #3 reads it).
  ['<', 'less than|fewer than|just under|under|below|lower than|almost|neared|nearing|nears|approaching'],
  ['~', 'nearly|about|around|some|roughly|approximately|an estimated|estimated|close to|closer to|circa'],
];
export const COMPARATOR_OF = new Map(COMPARATORS.flatMap(([c, words]) => words.split('|').map((w) => [w, c] as const)));
/**
 * Comparator phrases by their last two letters, longest first: the phrase that starts earliest wins
 * ("no more than" over "more than").
 */
const COMPARATOR_PHRASES = new Map<string, string[]>();
for (const phrase of [...COMPARATOR_OF.keys()].sort((a, b) => b.length - a.length)) {
  const ending = phrase.slice(-2);
  COMPARATOR_PHRASES.set(ending, [...(COMPARATOR_PHRASES.get(ending) ?? []), phrase]);
}
/**
 * Bounds that a negated verb before them turns over: "cannot hold more than" is at most, "did not get
 * fewer than" at least, "will not exceed" at most.
 */
export const NEGATED_BOUNDS = new Map<string, Comparator>([
  ['more than', '<='],
  ['exceed', '<='],
  ['less than', '>='],
  ['fewer than', '>='],
]);
/** A negated auxiliary, then at most two words (the verb, maybe an adverb) right before the bound: "can't hold ", "did not even draw ", "will not ". */
export const NEGATION_BEFORE = /\b(?:cannot|can['’]t|could(?:n['’]t| not)|won['’]t|would(?:n['’]t| not)|will not|did(?:n['’]t| not)|does(?:n['’]t| not)|do(?:n['’]t| not)|never)\s+(?:[a-z]+\s+){0,2}$/i;
/**
 * "or less", "or more" after a number and at most two words of its noun: its bound; "or so" rounds it ("another 40 or so
 * were found"); or "minimum" / "maximum" (LIMIT_AFTER).
 */
const OR_BOUND = /^(?:\s+[\p{L}-]+){0,2}\s+or\s+(less|fewer|lower|under|below|more|greater|higher|over|above|so)\b/iu;
const OR_AT_MOST = new Set(['less', 'fewer', 'lower', 'under', 'below']);
export function boundAfter(text: string, hit: NumberHit, sentence: Range): Comparator | null {
  const after = text.slice(hit.end, Math.min(sentence.end, hit.end + 40));
  if (hasAsciiWord(after, 'imum')) {
    const limit = LIMIT_AFTER.exec(after);
    if (limit) return limit[1]!.toLowerCase() === 'minimum' ? '>=' : '<=';
  }
  if (!hasAsciiWord(after, 'or ')) return null;
  const m = OR_BOUND.exec(after);
  if (!m) return null;
  const word = m[1]!.toLowerCase();
  return word === 'so' ? '~' : OR_AT_MOST.has(word) ? '<=' : '>=';
}
/**
 * "40 plus missing", "a 50-plus crowd": "plus" right after a number with no number after it ("40 plus 5" adds) says more than
 * that many; its length, which the figure's phrase takes in so that its noun is read after it.
 */
const PLUS_AFTER = /^(?:\s|-)plus\b(?!\s*(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\b)/i;
export function plusAfter(text: string, hit: NumberHit): number {
  if ((text.charCodeAt(hit.end + 1) | 32) !== 112) return 0; // p P
  return PLUS_AFTER.exec(text.slice(hit.end, hit.end + 16))?.[0].length ?? 0;
}
/**
 * "ten per cent of the votes, minimum", "40 people at a maximum": "minimum" or "maximum" closing the clause after the number
 * and at most three words of its noun is its bound ("a 10 percent minimum wage rise" goes on, so is none).
 */
const LIMIT_AFTER = /^(?:\s+[\p{L}-]+){0,3},?\s+(?:at\s+(?:a\s+)?)?(minimum|maximum)(?=\s*(?:[.,;:!?…”"]|$))/iu;
/** "half a million", "half a dozen": a number in words that opens with "half" (not "half of", a share; nor "half a point", exact). */
export const opensWithHalf = (text: string, hit: NumberHit): boolean => hit.words && hit.unit === null && hit.value >= 1 && (text.charCodeAt(hit.start) | 32) === 104 && /^half\s/i.test(text.slice(hit.start, hit.start + 5)); // h H
/**
 * "has gone up to", "went up to", "had risen up to", "later pushed up to 7.25%", "was revised up to 40",
 * "rose past": a verb of motion or of moving a level before the phrase that starts at `at`; so is "add up" ("the
 * estimates added up to 79,000": the sum, not a bound).
 */
export function motionBefore(text: string, sentence: Range, at: number): boolean {
  return MOTION_BEFORE.test(text.slice(Math.max(sentence.start, at - 18), at));
}
/** "the crowd swelled well past 20,000": a verb of growth moves a level too, and "well" or "far" says by how much. */
const MOTION_BEFORE = /\b(?:gone|went|go|goes|going|add|adds|added|adding|risen|rose|climbed|shot|push|pushes|pushed|pushing|moved|jumped|edged|inched|crept|bumped|revised|swelled|swollen|grew|grown|surged)\s+(?:(?:well|far)\s+)?$/i;
/**
 * "rose past 12,000", "climbed above 5%", "fell below 2%": a verb of motion before these says which level
 * was crossed, so the number is a level, not the amount of a change.
 */
export const CROSSED_LEVEL: ReadonlySet<string> = new Set(['past', 'above', 'below']);
/** "between 3 and 6": opens a range's phrase. */
export const BETWEEN = /\bbetween\s+$/i;
/** "up to $6.9 billion from $5.4 billion": a level reached, then the one it rose from. */
export const UP_FROM = /^\s+from\s+(?:\p{Sc}|[A-Z]{0,3}\$?\d)/u;
/**
 * The comparator phrase that ends a lower-case window before its trailing spaces, standing as words
 * of its own ("at least ", not "flat least "), and where it starts in the window.
 */
export function comparatorBefore(window: string): { phrase: string; at: number } | null {
  // "killed at  least 64": a page's doubled space inside the phrase still makes it (a run of spaces reads as one).
  if (!window.includes('  ')) return phraseBefore(window);
  const starts: number[] = [];
  let squeezed = '';
  for (let i = 0; i < window.length; i++) {
    if (window[i] === ' ' && window[i - 1] === ' ') continue;
    starts.push(i);
    squeezed += window[i];
  }
  const found = phraseBefore(squeezed);
  return found && { phrase: found.phrase, at: starts[found.at]! };
}
/**
 * comparatorBefore on text[lo, end), lowered only where a phrase may end there: most numbers have no comparator's last
 * two letters before them (past the spaces and a closing quote), which the text tells without a lowered copy.
 */
export function comparatorBeforeIn(text: string, lo: number, end: number): { phrase: string; at: number } | null {
  let spaces = Math.max(lo, spacesBefore(text, end));
  if (spaces === end) return null;
  if (spaces > lo && CLOSING_QUOTES.has(text.charCodeAt(spaces - 1))) spaces--;
  if (spaces - 2 >= lo && !COMPARATOR_PHRASES.has(text.slice(spaces - 2, spaces).toLowerCase())) return null;
  return comparatorBefore(text.slice(lo, end).toLowerCase());
}
function phraseBefore(window: string): { phrase: string; at: number } | null {
  let spaces = spacesBefore(window, window.length);
  if (spaces === window.length) return null;
  // 'would “meaningfully exceed” five years': a quoted verb still bounds the number after it.
  if (CLOSING_QUOTES.has(window.charCodeAt(spaces - 1))) spaces--;
  const phrases = COMPARATOR_PHRASES.get(window.slice(spaces - 2, spaces)) ?? [];
  for (let i = 0; i < phrases.length; i++) {
    const phrase = phrases[i]!;
    const at = spaces - phrase.length;
    if (at >= 0 && window.startsWith(phrase, at) && (at === 0 || !(classAt(window, charBefore(window, at)) & LETTER))) return { phrase, at };
  }
  return null;
}

const CLOSING_QUOTES = new Set([0x201d, 0x2019, 34]); // ” ’ "

/**
 * "found about 40 nautical miles from the shore": "about" before a length is "approximately", even after a passive verb
 * that makes it a preposition elsewhere ("was told about two suspects").
 */
export const lengthAfter = (text: string, hit: NumberHit): boolean => LENGTH_AFTER.test(text.slice(hit.end, hit.end + 24));
const LENGTH_AFTER = /^\s*(?:nautical\s+miles?|miles?|km|kms|kilomet(?:re|er)s?|metres|meters|feet)\b/i;

/**
 * "a 6.4 per cent rise over 31.5bn the year before": "over" after the noun of a change names the base the change is
 * measured from, no "more than" (only before an amount: "an increase over four years" spreads the change, figures.ts).
 */
export const baseOfChange = (text: string, sentence: Range, at: number): boolean => CHANGE_NOUN_BEFORE.test(text.slice(Math.max(sentence.start, at - 16), at));
const CHANGE_NOUN_BEFORE = /\b(?:increase|rise|growth|gain|jump|decrease|decline|drop|fall)\s+$/i;

/**
 * "an estimated 90 villagers or more died": a bound after the number and its noun says more than the estimate before
 * it, which only rounds; so it wins over "estimated", not over "about" ("about 30 or more" keeps its rounding).
 */
export const boundOutweighs = (phrase: string | undefined, bound: Comparator | null): boolean =>
  bound !== null && bound !== '~' && (phrase === 'an estimated' || phrase === 'estimated');

/**
 * "is estimated to win 31 to 33 per cent", "was estimated to have killed 300": "estimated to" and a verb before the
 * number rounds it as "an estimated" does. `before` is the text of the sentence up to the number.
 */
export const estimatedToVerb = (before: string): boolean => ESTIMATED_TO.test(before);
const ESTIMATED_TO = /\bestimated\s+to\s+(?:have\s+)?\p{Ll}+\s+$/u;

/**
 * "a gain of 3.8 per cent over 14.05 tonnes shipped", "a rise of 9 percent over $4 billion": "over" after the rate of a
 * change names the base the rate is measured from, no "more than" (as baseOfChange; "a rise of 5 per cent over four
 * years" spreads the change over time, a time unit after the number).
 */
export function baseOfRate(text: string, sentence: Range, at: number, hit: NumberHit): boolean {
  if (!RATE_OF_CHANGE_BEFORE.test(text.slice(Math.max(sentence.start, at - 48), at))) return false;
  return !TIME_AFTER.test(text.slice(hit.end, Math.min(sentence.end, hit.end + 16)));
}
const RATE_OF_CHANGE_BEFORE = /\b(?:increase|rise|growth|gain|jump|decrease|decline|drop|fall)\s+of\s+[\d.,]+\s*(?:per\s*cent|percent|%|percentage\s+points?)\s+$/i;
const TIME_AFTER = /^\s+(?:days?|weeks?|months?|years?|decades?|quarters?)\b/i;

/**
 * "the fire, spread over three blocks of the market", "debris scattered over 12 fields": after a verb of spreading, "over"
 * is a preposition of place and the number how many places it covers, exact, no "more than". `at` is where "over" starts.
 */
export const spreadBeforeOver = (text: string, sentence: Range, at: number): boolean => SPREAD_BEFORE.test(text.slice(Math.max(sentence.start, at - 24), at));
const SPREAD_BEFORE = /\b(?:spread|spreads|spreading|scattered|strewn|stretched|stretching|stretches|sprawled|sprawling|dispersed|distributed)\s+$/i;

/**
 * "turnout was lower than 512,000 recorded last year": after a comparative of level, a number that a participle of
 * counting and a time after it date is the earlier level itself, exact; what the sentence compares to it is the other
 * count. "More than 500" stays a bound, as it mostly bounds the count itself.
 */
export function levelComparedTo(text: string, phrase: string, end: number, sentenceEnd: number): boolean {
  return LEVEL_COMPARATIVES.has(phrase) && DATED_LEVEL.test(text.slice(end, Math.min(sentenceEnd, end + 40)));
}
const LEVEL_COMPARATIVES = new Set(['lower than', 'higher than', 'greater than', 'larger than', 'bigger than', 'smaller than']);
/** A participle of counting or seeing, then a time: "seen last month", "recorded in 2019", "reported a year earlier". */
const DATED_LEVEL = /^\s+(?:seen|recorded|reported|registered|counted|posted|logged)\s+(?:last|in|on|a\s+year|the\s+(?:previous|year|month|week|day)|earlier|at\s+the)\b/i;
