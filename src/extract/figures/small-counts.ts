/** Small numbers in words that often count nothing ("one of the reasons", "the two ministers", "zero tolerance") and the ones that still do; separate because they are read after the figure's event. */
import { isRange, type NumberHit } from './numbers';
import type { Range } from '../sentences';
import type { FigureHit } from './figures';
import { HYPHEN, spacesFrom } from '../chars';
import { lastWord } from '../scan';
import { DEMONYMS, PERSON_NOUNS, ROLE_HEADS } from '../lexicon';
import { LENGTHS } from './units';
import { HARMED } from './subject-counts';

export const ZERO_IDIOMS = new Set(['tolerance', 'hour', 'hunger', 'waste', 'poverty']);
/** "one reason for the rise was …", "one way to help": a word number before these nouns points to an account of why or how, no count. */
export const ONE_ACCOUNT_NOUNS = new Set(['reason', 'way', 'explanation', 'factor', 'cause', 'example', 'thing', 'option']);
/** "three square meals", "two left feet": idioms that count nothing reported. */
export const IDIOM_UNITS = new Set(['square meals', 'square meal']);
export const ONE_OF = /^\s+of\s/i;

/**
 * "the two ministers", "their three children", "our two countries", "all four": a small count in words after a
 * definite word points back at people or things already named; it reports nothing unless it counts
 * an event ("the two men were killed"). A count of the harmed ("the six survivors were flown to a clinic", "the three victims")
 * tells how many a disaster touched, which other sources may count otherwise: it reports, whatever the verb.
 */
export function isBackReference(text: string, sentence: Range, hit: NumberHit, unit: string | null, about: string | null, compared: boolean): boolean {
  // "the two-point lead" is a measure, not a pointer back; so is "the four per cent target".
  if (!hit.words || unit === '%' || about !== null || compared || isRange(hit) || hit.value < 2 || hit.value > 10 || text.charCodeAt(hit.end) === HYPHEN) return false;
  if (unit !== null && HARMED.has(unit)) return false;
  return DEFINITE_BEFORE.test(text.slice(Math.max(sentence.start, hit.start - 8), hit.start)) && !MEMBERS_AFTER.test(text.slice(hit.end, Math.min(sentence.end, hit.end + 60))) && !attackedOwn(text, sentence, hit);
}
/**
 * "rebels tried to seize our six border posts", "hackers hit its four servers": the things of one's own an attack was aimed
 * at are a count the story reports, no pointer back to things named before ("their three children" stays one).
 */
const attackedOwn = (text: string, sentence: Range, hit: NumberHit): boolean => ATTACKED_OWN.test(text.slice(Math.max(sentence.start, hit.start - 40), hit.start));
const ATTACKED_OWN = /\b(?:attack|attacked|attacking|damage|damaged|damaging|hack|hacked|hacking|hit|target|targeted|targeting|breach|breached|seize|seized|destroy|destroyed|shut\s+down|took\s+down|take\s+down)\s+(?:our|their|its|his|her)\s+$/i;
/** "All four wanted their names kept out": "all" picks out the whole of a group already named, as "the" does. */
const DEFINITE_BEFORE = /\b(?:the|these|those|its|their|our|his|her|all)\s+$/i;
/** "the five big banks (Ostra Bank, Varn Trust, …)": names listed in brackets after the noun bring the things in here, no pointer back. */
const MEMBERS_AFTER = /^(?:\s+\p{Ll}[\p{Ll}-]*){1,3}\s+\(\p{Lu}[^()]*,/u;
/**
 * A "one" that counts: it closes a compound ("a one-point lead"), follows "only", or ends a list of
 * counts of the same thing ("31 cases, Nairobi 17 and Murang'a one case": an earlier figure of the
 * sentence counts the plural of its noun).
 */
export function isCountedOne(text: string, sentence: Range, hit: NumberHit, unit: string | null, earlier: FigureHit[]): boolean {
  // "fell one per cent": a percentage in words is an amount.
  if ((text.charCodeAt(hit.end) === HYPHEN && unit !== null) || unit === '%') return true;
  if (afterOnly(text, sentence, hit)) return true;
  if (unit === null) return closesPlaceList(text, hit, earlier) || (earlier.length > 0 && EACH_OR_MORE.test(text.slice(hit.end, hit.end + 8)));
  if (opensPassive(text, sentence, hit, unit)) return true;
  if (addsOneMore(text, sentence, hit, earlier) || joinedToCount(text, hit, earlier)) return true;
  // "just under one foot": a length is a measure, whatever "one" stands before.
  if (COUNTED_SINGULARS.has(unit.toLowerCase()) || LENGTHS.has(unit)) return true;
  // "Varn logged one case and no deaths": one case tallied with deaths counts; "One case was the first" picks out an instance.
  if (unit === 'case' && CASE_TALLY_AFTER.test(text.slice(hit.end, hit.end + 40))) return true;
  const plurals = [`${unit}s`, `${unit}es`];
  return earlier.some(({ figure: { unit: u } }) => u !== null && plurals.some((p) => u === p || u.endsWith(` ${p}`)));
}

/**
 * "one for Varn, one for Ostra and six for Kelmor": a bare count in words before "for" and a name, in a list of such, shares
 * out a count by place. It counts the noun of a count told before it in the sentence ("8 people died: one for Varn, …");
 * with none, it counts nothing a reader can tell.
 */
export function sharedOutByName(text: string, sentence: Range, hit: NumberHit): boolean {
  if (!hit.words || !FOR_NAME_AFTER.test(text.slice(hit.end, hit.end + 8))) return false;
  const words = text.slice(sentence.start, sentence.end);
  let n = 0;
  SHARE_FOR_NAME.lastIndex = 0;
  for (let m = SHARE_FOR_NAME.exec(words); m && n < 2; m = SHARE_FOR_NAME.exec(words)) n++;
  return n >= 2;
}
const FOR_NAME_AFTER = /^\s+for\s+\p{Lu}/u;
const SHARE_FOR_NAME = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+for\s+\p{Lu}/giu;

/** The noun of the sentence's last count before, which a bare count after it may share out; null if it has none. */
export function nounCountedBefore(sentence: Range, earlier: FigureHit[]): string | null {
  for (let i = earlier.length - 1; i >= 0 && earlier[i]!.figure.span.start >= sentence.start; i--) if (earlier[i]!.figure.unit !== null) return earlier[i]!.figure.unit;
  return null;
}

/** "two in Ostra and one more in Varn", "eight deaths, one each in Ostra and Varn": a "one" after a count of the sentence adds to it or splits it. */
const EACH_OR_MORE = /^\s+(?:each|more)\b/i;

/**
 * "204 soldiers were hurt, and one more civilian was injured": "one more" and a noun that a verb of what befell it
 * follows, after a count of the sentence, adds one to what was counted, as "two more civilians" does.
 */
function addsOneMore(text: string, sentence: Range, hit: NumberHit, earlier: FigureHit[]): boolean {
  return earlier.some(({ figure }) => figure.span.start >= sentence.start) && ONE_MORE_BEFALLEN.test(text.slice(hit.end, Math.min(sentence.end, hit.end + 40)));
}
const ONE_MORE_BEFALLEN = /^\s+more\s+\p{Ll}{3,}\s+(?:(?:was|has been|had been)\s+(?:killed|injured|wounded|hurt|arrested|detained|rescued|evacuated)|died)\b/u;

/**
 * "six Varn nationals and one Kelmorian", "30 marchers and one police officer": "one" and its noun joined by "and" right
 * after a count and its noun is the list's next count, as "and two police officers" would be.
 */
function joinedToCount(text: string, hit: NumberHit, earlier: FigureHit[]): boolean {
  const last = earlier[earlier.length - 1]?.figure;
  if (!last?.unit || last.change !== null || hit.start - last.span.end > last.unit.length + 8) return false;
  const gap = text.slice(last.span.end, hit.start).toLowerCase();
  return gap === ` ${last.unit.toLowerCase()} and ` || gap === ` ${last.unit.toLowerCase()}, and `;
}

/** "case and", then a count (or "no") of deaths or cases. */
const CASE_TALLY_AFTER = /^\s+case\s+and\s+(?:no|\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:deaths?|fatalit(?:y|ies)|cases?)\b/i;
/** Singular nouns of a countable event or vote that "one" counts: "lost by one vote", "one injury was from live fire". */
const COUNTED_SINGULARS = new Set(['vote', 'seat', 'death', 'injury', 'fatality', 'casualty', 'arrest']);

/**
 * "One home was destroyed", "One car has been damaged": a sentence that opens with "One" and the
 * subject of a passive verb tells what befell one thing, a count ("One reason is …" has no passive).
 */
function opensPassive(text: string, sentence: Range, hit: NumberHit, unit: string): boolean {
  if (hit.start !== sentence.start || text.charCodeAt(hit.start) !== CAPITAL_O || !text.startsWith(` ${unit}`, hit.end)) return false;
  return PASSIVE_AFTER.test(text.slice(hit.end + 1 + unit.length, hit.end + 40 + unit.length));
}
const CAPITAL_O = 79;
const PASSIVE_AFTER = /^\s+(?:was|has been|had been)\s+\p{L}+(?:ed|en)\b/u;

/** "only one": the number follows "only". */
export const afterOnly = (text: string, sentence: Range, hit: NumberHit): boolean => /\bonly\s+$/i.test(text.slice(Math.max(sentence.start, hit.start - 6), hit.start));

/**
 * "four at the Kelmor hospital and one at the Ostra clinic": a bare "one" after "and" or a comma, told
 * where it was counted as the count before it was, closes a list of counts by place.
 */
function closesPlaceList(text: string, hit: NumberHit, earlier: FigureHit[]): boolean {
  const last = earlier[earlier.length - 1]?.figure;
  if (!last || hit.start - last.span.end > LIST_GAP || !LIST_JOIN.test(text.slice(Math.max(0, hit.start - 5), hit.start))) return false;
  return PLACE_AFTER.test(text.slice(hit.end, hit.end + 7)) && PLACE_AFTER.test(text.slice(last.span.end, last.span.end + 12));
}
/** How far the count before may stand: one place's name and its noun ("at the Lok Vira Memorial hospital"). */
const LIST_GAP = 120;
const LIST_JOIN = /(?:,|\band)\s+$/;
/** "in", "at" or "from", maybe after "each" ("two each in Ostra and Varn, and one in Kelmor"). */
const PLACE_AFTER = /^\s+(?:each\s+)?(?:at|in|from)\s/i;

/**
 * "at one point", "at one stage": when, counting nothing. Why: an event of the sentence would
 * otherwise make the "one" a count of it ("scuffled with marchers at one point").
 */
export const atOneTime = (text: string, hit: NumberHit): boolean =>
  hit.words && hit.value === 1 && AT_BEFORE.test(text.slice(Math.max(0, hit.start - 4), hit.start)) && AT_ONE_NOUN.test(text.slice(hit.end, hit.end + 8));
const AT_BEFORE = /\bat\s+$/i;
const AT_ONE_NOUN = /^\s+(?:point|stage|time)\b/i;

/**
 * '"One death is too many and we have had 12"': a count in a maxim, which says what would be
 * too much, not how many there were.
 */
export const inMaxim = (text: string, hit: NumberHit): boolean => hit.value === 1 && hit.words && MAXIM_AFTER.test(text.slice(hit.end, hit.end + 40));
const MAXIM_AFTER = /^\s+[\p{L}-]+\s+(?:is|was|would be)\s+(?:(?:already|one|still)\s+)?too\s+(?:much|many)\b/iu;

/**
 * "even calmer than the previous one", "this one was peaceful": "one" after a word that picks out a thing already
 * named stands for that thing, a pronoun, no count. Only with no noun after it ("the other one hundred" counts).
 */
export const pronounOne = (text: string, sentence: Range, hit: NumberHit, unit: string | null): boolean =>
  hit.words && hit.value === 1 && unit === null && !isRange(hit) && PICKS_OUT_BEFORE.test(text.slice(Math.max(sentence.start, hit.start - 20), hit.start));
const PICKS_OUT_BEFORE = /(?:\bthe\s+(?:previous|next|last|other|same|latest|earlier|new|old|first|second)|\bthis|\bthat|\banother|\beach)\s+$/i;

/**
 * "the funeral of one Ana Pell", "one Kesh, who died": "one" before a capitalised name means "a certain", no count;
 * a nationality after it still counts ("one American was killed").
 */
export function aCertain(text: string, hit: NumberHit, unit: string | null): boolean {
  if (!hit.words || hit.value !== 1 || unit === null || unit.includes(' ') || DEMONYMS.has(unit.toLowerCase())) return false;
  const code = unit.charCodeAt(0);
  return code >= 65 && code <= 90 && text.startsWith(unit, spacesFrom(text, hit.end, hit.end + 4));
}

/**
 * "One military official, who has seen the photographs, said …", "one witness told reporters": a single person picked
 * out as who speaks, no count of people struck (the "One official was killed" counts). Why: the event the sentence tells
 * of would make the speaker a toll of one.
 */
export function speakingOne(text: string, hit: NumberHit, unit: string | null): boolean {
  if (!hit.words || hit.value !== 1 || unit === null || !text.startsWith(unit, spacesFrom(text, hit.end, hit.end + 4))) return false;
  const head = lastWord(unit).toLowerCase();
  if (!PERSON_NOUNS.has(head) && !ROLE_HEADS.has(head)) return false;
  return SPEAKS_AFTER.test(text.slice(spacesFrom(text, hit.end, hit.end + 4) + unit.length, hit.end + SPEAKS_REACH));
}
/** Right after the speaker's noun, or after a "who" clause set off by commas: a verb of saying. */
const SPEAKS_AFTER = /^(?:,\s+who\b[^.;:!?]*?,)?\s+(?:said|says|told|added|stated)\b/;
const SPEAKS_REACH = 240;

/**
 * "a protester or two", "an hour or two": "or" and a small number after a thing named with "a" says "a few", no count.
 * "only one thing to do", "two things are clear": things in words are no count of anything a reader could check.
 */
export function vagueCount(text: string, sentence: Range, hit: NumberHit, unit: string | null): boolean {
  if (!hit.words || isRange(hit) || hit.value > 3) return false;
  if (THINGS_AFTER.test(text.slice(hit.end, hit.end + 8))) return true;
  return unit === null && text.charCodeAt(hit.start - 2) === 114 && A_THING_OR.test(text.slice(Math.max(sentence.start, hit.start - 40), hit.start)); // r
}
const THINGS_AFTER = /^\s+things?\b/i;
const A_THING_OR = /(?:^|[^\p{L}])(?:a|an)\s+[\p{L}-]+\s+or\s+$/iu;
