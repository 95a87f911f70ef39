import { hasAsciiWord, spacesBefore } from '../chars';
import { FUNCTION_WORDS, VERB_FILLERS } from '../lexicon';
import type { Change } from '../types';

/**
 * Verbs that say a quantity went up or down and take the amount right after them ("rose 5%",
 * "fell 14 points", "decreased by 3", "shares skidded 23%"). "rose to 131" gives a level, not a
 * change: "to" stands between. Only "tanked"/"tanking" of that verb: "tanks" is most often the noun.
 */
const RISE_VERBS = String.raw`ris(?:e|es|en|ing)|rose|increas(?:e|es|ed|ing)|surg(?:e|es|ed|ing)|soar(?:s|ed|ing)?|skyrocket(?:s|ed|ing)?|(?:edg|tick)(?:e|es|ed|ing) up`;
const FALL_VERBS = String.raw`f(?:all|alls|ell|allen|alling)|decreas(?:e|es|ed|ing)|slid(?:e|es|ing)?|slip(?:s|ped|ping)?|plung(?:e|es|ed|ing)|plummet(?:s|ed|ing)?|tumbl(?:e|es|ed|ing)|slump(?:s|ed|ing)?|skid(?:s|ded|ding)?|nosediv(?:e|es|ed|ing)|tank(?:ed|ing)|shr(?:ink|inks|ank|unk|inking)|(?:edg|tick)(?:e|es|ed|ing) down`;
/**
 * Verbs that also take other objects ("dropped three charges", "lost 52 people", "gained two seats",
 * "declined two offers", "grew 300 tonnes of rice", "climbed 14 peaks", "raised $5 million"): a
 * change before a percentage or points, or before "by" and an amount ("dropped by 3", "cut by $2
 * billion"; not the agent of "dropped by three sponsors").
 */
const RISE_OBJECT_VERBS = String.raw`gr(?:ow|ows|ew|own|owing)|climb(?:s|ed|ing)?|jump(?:s|ed|ing)?|gain(?:s|ed|ing)?|add(?:s|ed|ing)?|rais(?:e|es|ed|ing)|lift(?:s|ed|ing)?|boost(?:s|ed|ing)?|hik(?:e|es|ed|ing)|advanc(?:e|es|ed|ing)|expand(?:s|ed|ing)?|rall(?:y|ies|ied|ying)|rebound(?:s|ed|ing)?|spik(?:e|es|ed|ing)`;
const FALL_OBJECT_VERBS = String.raw`drop(?:s|ped|ping)?|los(?:e|es|t|ing)|shed(?:s|ding)?|cut(?:s|ting)?|lower(?:s|ed|ing)?|reduc(?:e|es|ed|ing)|slash(?:es|ed|ing)?|trim(?:s|med|ming)?|declin(?:e|es|ed|ing)|eas(?:e|es|ed|ing)|contract(?:s|ed|ing)?|sank|sunk|sink(?:s|ing)?|dip(?:s|ped|ping)?`;
/**
 * "up 12%", "ended down 3 points", "down $5": only before a percentage, points or money ("shut down 3
 * plants", "down 2-0"); "they make up 6 per cent" and "took up 5%" say what share, not that it rose.
 */
const RISE_ADVERB = String.raw`(?<!\b(?:make|makes|made|making|take|takes|took|taken|taking)\s+)up`;
const FALL_ADVERB = 'down';

/**
 * Words that may stand between the verb and the amount: "fell a further", "climbed as much as", "decreased by an
 * average of", and a word that only says the amount is small ("raised the toll by just 40", "rose only 2%").
 */
const EXTRA = String.raw`(?:\s+(?:as much as|as little as|a further|another|an additional|a record|an average of|on average|just|only|merely|a mere))?\s+$`;
/** The verb, maybe "by", then the amount: "rose 5%", "fell by 3". */
const direct = (verbs: string) => new RegExp(String.raw`\b(?:${verbs})(?:\s+by)?${EXTRA}`, 'i');
/**
 * The verb, maybe with its object, then "by": "dropped by 3", "reduced emissions by 40%", "cut the
 * patients' risk of relapse by 40%", "cut the risk of strokes, heart attacks or falls, by 20%" (a list
 * in the object). The greedy first group puts the match at the last such verb, which governs the "by".
 */
const withBy = (verbs: string) => new RegExp(String.raw`^([\s\S]*)\b(?:${verbs})(?:,?\s+[\p{L}'’-]+){0,9},?\s+by${EXTRA}`, 'iu');
const RISE_BEFORE = direct(RISE_VERBS);
const FALL_BEFORE = direct(FALL_VERBS);
/** "revised the death toll down by", "was revised up by": a revision says its direction with "up" or "down" before "by". */
const revised = (direction: string) => String.raw`revis(?:e|es|ed|ing)(?:\s+[\p{L}'’-]+){0,9}?\s+${direction}`;
const RISE_BY = withBy(`${RISE_VERBS}|${RISE_OBJECT_VERBS}|${revised('up')}`);
const FALL_BY = withBy(`${FALL_VERBS}|${FALL_OBJECT_VERBS}|${revised('down')}`);
/** What RISE_BY and FALL_BY both need ("b" and "y" have no other case forms, also with the "u" flag). */
const BY = /\sby\s/i;
const RISE_RATE_VERB = direct(`${RISE_OBJECT_VERBS}|${RISE_ADVERB}`);
const FALL_RATE_VERB = direct(`${FALL_OBJECT_VERBS}|${FALL_ADVERB}`);
const RISE_ADVERB_BEFORE = direct(RISE_ADVERB);
const FALL_ADVERB_BEFORE = direct(FALL_ADVERB);

/** Nouns of a change before "of": "an increase of 0.4%", "a decline of 300 jobs". */
const RISE_NOUNS = 'increase|growth|hike|jump|surge|spike';
const FALL_NOUNS = 'decrease|decline|reduction|contraction|slump|plunge';
/** Nouns with other senses ("the fall of two cities", "a loss of $5 million" is a result, not a fall): only before a percentage or points. */
const RISE_NOUNS_OF_RATES = 'rise|gain|climb';
const FALL_NOUNS_OF_RATES = 'fall|drop|dip|cut|loss';
/** "a decline in revenue of 8 per cent", "an increase in net sales of 3%": what changed may be named after "in", before "of". */
const nounOfBefore = (nouns: string) => new RegExp(String.raw`\b(?:${nouns})(?:e?s)?(?:\s+in\s+(?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+)?\s+of\s+$`, 'iu');
const RISE_OF = nounOfBefore(RISE_NOUNS);
const FALL_OF = nounOfBefore(FALL_NOUNS);
const RISE_OF_RATE = nounOfBefore(RISE_NOUNS_OF_RATES);
const FALL_OF_RATE = nounOfBefore(FALL_NOUNS_OF_RATES);
/**
 * The noun of a change as subject, then the amount: "the decline was 3%", "the increase is 2 points".
 * Only right before the verb: "the growth rate was 17%" gives a level of the rate, not a change of it.
 */
const nounWasBefore = (nouns: string) => new RegExp(String.raw`\b(?:${nouns})\s+(?:was|were|is|are|came to|amounted to)\s+$`, 'i');
const RISE_WAS = nounWasBefore(`${RISE_NOUNS}|${RISE_NOUNS_OF_RATES}`);
const FALL_WAS = nounWasBefore(`${FALL_NOUNS}|${FALL_NOUNS_OF_RATES}`);
/**
 * After a percentage or an amount of money, maybe with one word between: "a 3% increase", "a 10 per
 * cent pay rise", "a $2 billion cut", "a two percent unit increase" (a number in words keeps "percent" after it).
 */
const nounAfter = (nouns: string) => new RegExp(String.raw`^\s+(?:per ?cent\s+)?(?:([\p{L}-]+)\s+)?(?:${nouns})(?:e?s)?\b`, 'iu');
const RISE_AFTER_NOUNS = `${RISE_NOUNS}|rise|gain|climb`;
const FALL_AFTER_NOUNS = `${FALL_NOUNS}|fall|drop|dip|cut`;
const RISE_AFTER = nounAfter(RISE_AFTER_NOUNS);
const FALL_AFTER = nounAfter(FALL_AFTER_NOUNS);

/**
 * "a 68.4 billion yen drop", "a 5,000-job cut", "a 10-point drop": the amount of a change, after "a", as a compound
 * before the noun of the change, its unit the word between in the singular ("yen", "job"); that word and the change,
 * or null. The change is the one "fell by 68.4 billion yen" states.
 */
export function unitBeforeChangeNoun(after: string): { word: string; change: Change } | null {
  const m = UNIT_THEN_CHANGE_NOUN.exec(after);
  if (!m || FUNCTION_WORDS.has(m[1]!) || VERB_FILLERS.has(m[1]!)) return null;
  return { word: m[1]!.replace('-', ' '), change: m[2] !== undefined ? 'rise' : 'fall' };
}
/** A space or a hyphen, the unit (maybe "percentage point"), then the noun; the unit is lower case, as a compound's is. */
const UNIT_THEN_CHANGE_NOUN = new RegExp(String.raw`^(?:\s+|-)((?:(?:percentage|basis|index)[\s-])?\p{Ll}+)\s+(?:(${RISE_AFTER_NOUNS})|${FALL_AFTER_NOUNS})\b`, 'u');

/** Points of a percentage or an index, also as "bps" (basis points): what a rate moves by. */
const POINTS = /^(?:(?:(?:percentage|basis|index) )?points?|bps)$/i;

/** How far before a figure its change words are read: "reduce the risk of strokes, heart attacks or falls, by " is about the longest. */
export const CHANGE_WINDOW = 80;

/**
 * The direction of change a figure states, read from the words right before it (`before`, ending
 * where the figure's phrase starts, comparator included) and right after it (`after`, starting
 * where its number ends). `unit` is the figure's; `money` when its notation is a currency; `hedged`
 * when a comparator opens the figure's phrase ("by around 700,000").
 */
export function changeOf(before: string, after: string, unit: string | null, money: boolean, hedged: boolean): Change | null {
  // "rose 3 times": a multiple or a number of occasions, not an amount.
  if (unit !== null && /^times?$/i.test(unit)) return null;
  // RISE_OF, FALL_OF and their rates' twins end in "of": most figures have none right before them.
  const of = endsWithOf(before);
  if (RISE_BEFORE.test(before) || (of && RISE_OF.test(before))) return 'rise';
  if (FALL_BEFORE.test(before) || (of && FALL_OF.test(before))) return 'fall';
  const rate = unit === '%' || (unit !== null && POINTS.test(unit));
  // "losing 38 cents to $7.71": a price's change before the level it reached (not "lost $5 million", a result).
  if ((money || unit === 'cents') && hasAsciiWord(after, ' to ') && PRICE_LEVEL_AFTER.test(after)) {
    if (RISE_RATE_VERB.test(before)) return 'rise';
    if (FALL_RATE_VERB.test(before)) return 'fall';
  }
  // A counted noun after the number makes "by" name an agent: "dropped by three sponsors"; cents are
  // an amount of money written as a noun ("raised its forecast by 3 cents").
  // "cut output by around 700,000 bpd": a hedge between "by" and the number says an amount, as no agent
  // is counted so ("was dropped by about 30 sponsors", a passive, keeps its agent).
  if (!rate && !money && unit !== 'cents' && unit !== null && !(hedged && BY.test(before) && !PASSIVE_BY.test(before))) return null;
  // Few figures follow a "by": one quick scan spares the two long expressions on the others.
  if (BY.test(before)) {
    const rise = RISE_BY.exec(before);
    const fall = FALL_BY.exec(before);
    // "added that after reducing repo by 100 bps": the verb nearest the "by" is the one it measures.
    if (rise && (!fall || rise[1]!.length > fall[1]!.length)) return 'rise';
    if (fall) return 'fall';
  }
  if (rate && (RISE_RATE_VERB.test(before) || (of && RISE_OF_RATE.test(before)) || RISE_WAS.test(before))) return 'rise';
  if (rate && (FALL_RATE_VERB.test(before) || (of && FALL_OF_RATE.test(before)) || FALL_WAS.test(before))) return 'fall';
  // "up $2", "down $5 million"; not "raised $5 million" (money collected) or "lost $5 million" (a result).
  if (money && RISE_ADVERB_BEFORE.test(before)) return 'rise';
  if (money && FALL_ADVERB_BEFORE.test(before)) return 'fall';
  if (rate) {
    // "a 16% lower risk", "two points higher": a comparative right after a rate says which way it differs.
    const comparative = COMPARATIVE_AFTER.exec(after);
    if (comparative) return RISE_COMPARATIVES.has(comparative[1]!.toLowerCase()) ? 'rise' : 'fall';
  }
  return unit === '%' || money ? nounAfterNumber(after) : null;
}

/** `s` ends in "of" (any case) and spaces. */
function endsWithOf(s: string): boolean {
  const end = spacesBefore(s, s.length);
  return end < s.length && end >= 2 && (s.charCodeAt(end - 2) | 32) === 111 && (s.charCodeAt(end - 1) | 32) === 102; // o f
}

/** "was dropped by ", "were cut back by ": a passive verb, whose "by" names its agent. */
const PASSIVE_BY = /\b(?:was|were|been|being|be|is|are)\s+(?:[\p{L}-]+\s+){1,2}by\s+$/iu;
/** " cents to $7.71", " to €3.10", " cents, to $62.42": the level a price reached, right after its change. */
const PRICE_LEVEL_AFTER = /^(?:\s+cents)?,?\s+to\s+(?:US|A|C|HK)?\p{Sc}\s?\d/u;

const RISE_COMPARATIVES = new Set(['higher', 'more', 'greater', 'larger', 'bigger']);
const COMPARATIVES = new Set([...RISE_COMPARATIVES, 'lower', 'less', 'fewer', 'smaller']);
const RATE_UNIT = String.raw`(?:per ?cent|(?:percentage |basis |index )?points?)`;
/** "263 points or 0.7 per cent higher": the same move restated in another rate after "or" shares the comparative after it. */
const COMPARATIVE_AFTER = new RegExp(String.raw`^\s+(?:${RATE_UNIT}\s+)?(?:or\s+\d[\d.,]*\s*(?:%|${RATE_UNIT})\s+)?(${[...COMPARATIVES].join('|')})\b`, 'i');

/** "higher" in "two points higher": a comparative, which ends the unit before it. */
export const isComparative = (lowerWord: string): boolean => COMPARATIVES.has(lowerWord);

/** "a 3% increase": the noun of a change right after the amount; a word between must be no function word ("5% of people fell"). */
function nounAfterNumber(after: string): Change | null {
  if (nounOfChangeAfter(RISE_AFTER, after)) return 'rise';
  return nounOfChangeAfter(FALL_AFTER, after) ? 'fall' : null;
}
/** `re` (RISE_AFTER or FALL_AFTER) matches `after`, with no function word between. */
function nounOfChangeAfter(re: RegExp, after: string): boolean {
  const m = re.exec(after);
  const between = m?.[1]?.toLowerCase();
  return m !== null && (between === undefined || !(FUNCTION_WORDS.has(between) || VERB_FILLERS.has(between)));
}

/**
 * "sending shares up Friday from $12.10 to $13.40, more than 10 percent": a percentage right after a move "from … to
 * …" that "up" or "down" (or a verb of rising or falling) goes before restates that move in its direction.
 * `previousEnd` is where the move's second value ends.
 */
export function moveRestated(text: string, sentenceStart: number, previousEnd: number, phraseStart: number, unit: string | null): Change | null {
  if (unit !== '%' || phraseStart - previousEnd > 4 || !COMMA_GAP.test(text.slice(previousEnd, phraseStart))) return null;
  const window = text.slice(Math.max(sentenceStart, previousEnd - 80), previousEnd);
  if (!hasAsciiWord(window, 'from ')) return null;
  const m = MOVE_BEFORE.exec(window);
  return m ? (m[1] !== undefined ? 'rise' : 'fall') : null;
}
const COMMA_GAP = /^,\s+$/;
/** The direction (group 1 up, else down), at most two words ("Thursday"), then "from X to Y" ending at the second value. */
const MOVE_BEFORE = new RegExp(String.raw`\b(?:(up|${RISE_VERBS}|${RISE_OBJECT_VERBS})|down|${FALL_VERBS}|${FALL_OBJECT_VERBS})\s+(?:[\p{L}-]+\s+){0,2}from\s+\S+\s+to\s+\S+$`, 'iu');
