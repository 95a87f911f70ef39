import { classAt, hasAsciiWord, LETTER, spacesBefore, spacesFrom } from '../chars';
import { COMBATANT_NOUNS, MONTHS } from '../lexicon';
import { namesEvent } from '../events';
import type { NumberHit } from './numbers';
import { SPELLED_NUMBERS, wordsValue } from './number-words';
import { lowerWordAfterSpaces } from '../scan';
import type { Range } from '../sentences';

/** Counts still being checked, beside a confirmed part ("25 were confirmed missing while 35 are being validated"). */
const UNVERIFIED = /\b(?:being|be|yet to be) (?:validated|verified)\b|\bfor (?:validation|verification)\b|\bunverified\b/i;
/** `sentence` tells unchecked counts apart (UNVERIFIED); the expression runs only where "valid" or "verif" is there. */
export const namesUnverified = (sentence: string): boolean => (hasAsciiWord(sentence, 'valid') || hasAsciiWord(sentence, 'verif')) && UNVERIFIED.test(sentence);
const CONFIRMATION = /\b(?:confirmed|unconfirmed|validated|validation|verified|verification)\b/i;
/** A number in digits or words. */
const NUMBER_PATTERN = String.raw`(?:[\d,.]+|(?:${SPELLED_NUMBERS.join('|')})(?:[ -](?:${SPELLED_NUMBERS.join('|')}))*)`;
/** "of the 98, 58 are confirmed dead", "Of the three suspects arrested, two had…": a count taken out of another. */
const PARTITION = new RegExp(String.raw`\bof (?:the |these |those |them,? )?${NUMBER_PATTERN}(?: [\p{L}-]+){0,2},\s*$`, 'iu');
/**
 * "of the", "of those" right after a number: the group it is taken out of follows. Only a group of
 * the same event makes it a part: "three of the men (who vanished) were killed" is a toll of its own.
 */
const OF_GROUP = /^ of (?:the|these|those)\b/i;

/** The first two words of the group after "of the": "confirmed dead", "dead were", "men had". */
function groupAfter(text: string, from: number): string {
  return GROUP_WORDS.exec(text.slice(from, from + 48))?.[1] ?? '';
}
const GROUP_WORDS = /^ of \p{L}+ (\p{L}+(?: [\p{L}-]+)?)/u;
/**
 * "a dozen of the dead were from the rebel movement", "two of those killed were militants": the dead
 * of one side picked out of all the dead, which is that side's toll, not a part to set aside.
 * Returns the side's noun.
 */
export function sideOfDead(after: string): string | null {
  if (!hasAsciiWord(after, ' of th')) return null;
  return SIDE_OF_DEAD.exec(after)?.[1] ?? null;
}
/** Up to three words before the side's noun, none of them "by" ("were shot by militants" are the militants' victims). */
const SIDE_OF_DEAD = new RegExp(
  String.raw`^ of (?:the|those) (?:dead|killed) (?:were|was) (?:(?:from|of|members of) )?(?:(?!by\b)[\p{L}\d-]+ ){0,3}?(${[...COMBATANT_NOUNS].join('|')})\b`,
  'iu',
);
/** "another 20", "a further 12": a count added to one given before, not a toll of its own. */
const ADDED_BEFORE = /\b(?:another|an additional|a further)\s+$/i;
/** "790 additional deaths", "15 more bodies": the same, said after the number. */
const ADDED_AFTER = new Set(['additional', 'further', 'more']);
/** "two people were also killed": the same, said by "also" in the count's own verb. */
const ALSO_AFTER = /^(?:\s+[\p{L}'’-]+){0,2}?\s+(?:were|was|are|is|have been|has been|had been)\s+also\b/iu;
const addedByAlso = (after: string): boolean => hasAsciiWord(after, ' also') && ALSO_AFTER.test(after);
/** "53 deaths were from the Bangsamoro region", "16 fatalities came from Borongan": a toll broken down by where it came from. */
const FROM_PLACE = /\b(?:were|was|are|is|came|come|comes) from (?:the )?\p{Lu}/u;
/** "812 deaths in areas it controls", "in its territory", "in the capital alone": a toll of one side's or one place's share. */
const AREA_PART = /\bin (?:the )?(?:areas?|parts?|regions?|territor(?:y|ies)) (?:it|they|under)\b|\bin (?:its|their) (?:own )?(?:areas?|regions?|territor(?:y|ies))\b|\bin (?:[\p{L}'’-]+ ){1,3}alone\b/iu;
/**
 * "Velm was worst hit, with 500 deaths", "the hardest-hit district counted 90", "Orla saw the highest
 * number injured, with 160": the share of the area hit hardest.
 */
const WORST_HIT = /\b(?:worst|hardest)[- ](?:hit|affected)\b|\b(?:saw|had|recorded|registered|reported|suffered) (?:the|this) highest (?:number|toll|tally|count)\b/i;
/**
 * "monitors in those three worst-hit valleys say more than 900 people died": areas hit worst that the story named before
 * ("those", "these": where its own toll was counted) say where the tellers are, the subject of the verb of speech whose
 * clause holds the count, which is their toll of the event, no share of it. Not "officials in the worst-hit province said
 * 500 died": a new area set apart, whose share they tell.
 */
const WORST_HIT_TELLERS = /\b(?:on|in|from|of) (?:those|these) (?:[\p{L}-]+ )?(?:worst|hardest)[- ](?:hit|affected) [\p{L}-]+ (?:say|says|said|told|estimate|estimates|estimated|believe|believes|fear|fears|feared)(?: that)? $/iu;
/** "May was the deadliest month on record, with 368 killed": the total of a period, not one event's toll. */
const PERIOD_TOTAL = /\b(?:deadliest|bloodiest|worst) (?:week|month|quarter|year|decade)\b/i;
/**
 * "since the 1931 Ostra earthquake, which killed 3,000", "the 2004 tsunami that killed around 31,000": the toll of an
 * earlier event, named by its year, in a relative clause (set off by a comma or not).
 */
const PAST_EVENT = /\b(?:1[6-9]\d\d|20\d\d)\b[^.,;:]{0,60}?,?\s+(?:which|that)\s+(?:[\p{L}-]+\s+){0,2}$/u;
/** "after a stampede in 1990 killed 1,426 pilgrims": the same, the event named by its year as the subject of the verb. */
const PAST_EVENT_SUBJECT = /\bin (?:1[6-9]\d\d|20\d\d),? (?:killed|left|claimed)\s+$/;
/**
 * "In March 2019, 40 people died …", "In 2004, a wave killed …": a sentence opening on a month and a
 * year, or a year alone, tells of an earlier event (the story's own is dated by its weekday).
 */
function opensDated(text: string, sentence: Range): boolean {
  const at = spacesFrom(text, sentence.start, sentence.end);
  if (!text.startsWith('In ', at)) return false;
  const m = DATED_OPENING.exec(text.slice(at, at + 24));
  return m !== null && (m[1] === undefined || MONTHS.has(m[1].toLowerCase()));
}
const DATED_OPENING = /^In (?:(\p{Lu}\p{Ll}+) )?(?:1[6-9]\d\d|20\d\d),/u;
/**
 * "in a related incident, …", "In another attack", "was raided two months ago and 40 were killed", "hit the coast a
 * year ago killing 9,000": the toll of another event, or of one months or years before, told beside the story's own. A
 * toll the sentence updates "in last month's protests" (or "amid", "during", "over" them) is of the event it names, the story's own; so
 * is a count kept "since last month" or "since the fever struck Kelm five months ago", which runs up to now.
 */
const OTHER_EVENT =
  /\bin (?:a (?:related|separate|similar|different|previous|earlier) |another )(?:incident|attack|raid|assault|clash|case)\b|\b(?<!\bsince\b[^.;:!?\d]{0,100})(?:months|years|a year|a decade|decades) ago\b|(?<!\btoll (?:in|of|from|for|amid|during|over) |\bsince )\blast (?:month|year)\b/i;
/**
 * "9 were killed in another car bomb attack", "60 people died in two raids … in 2009": said right
 * after the count, the toll of another event, or a total over several events of a year named (not
 * "40 were killed in two blasts", which may be the story's own twin attack).
 */
const OTHER_EVENT_AFTER =
  /^(?:\s+[\p{L}'’-]+){0,5}?\s+in (?:(?:another|a (?:related|separate|similar|different|previous|earlier)) (?:[\p{L}-]+ ){0,2}(?:incident|attack|raid|assault|clash|bombing|blast|explosion)|(?:two|three|four|five|several|a series of) (?:[\p{L}-]+ ){0,2}(?:incidents|attacks|raids|assaults|clashes|bombings|blasts|explosions)\b[^.;:\d]{0,60}\bin (?:1[6-9]|20)\d\d)\b/iu;
/**
 * "the 109 people who were killed when a crane collapsed … on 11 September": the toll of another event
 * told with its own calendar date (the story's own is dated by its weekday, as opensDated says).
 */
const DATED_CAUSE_AFTER = new RegExp(
  String.raw`^[^.;:!?]{0,40}?\b(?:killed|died|dead)\s+when\s+[^.;:!?]{0,100}?\b(?:on|in)\s+(?:\d{1,2}\s+(?:${[...MONTHS].join('|')})\b|(?:${[...MONTHS].join('|')})\.?\s+\d{1,2}\b|(?:(?:${[...MONTHS].join('|')})\.?\s+)?(?:1[6-9]|20)\d\d\b)`,
  'iu',
);
const DATED_CAUSE_REACH = 160;
const datedCauseAfter = (text: string, sentence: Range, hit: NumberHit): boolean => {
  const tail = text.slice(hit.end, Math.min(sentence.end, hit.end + DATED_CAUSE_REACH));
  return hasAsciiWord(tail, 'when ') && DATED_CAUSE_AFTER.test(tail);
};
/** "one died after inhaling smoke, another after being stabbed": one case of a list, no count of the event. */
const ONE_OF_LIST = /^[^,]*,\s+(?:and\s+)?another\b/i;
/** How much of a sentence is read for qualifiers (keeps run-on garbage linear). */
export const MAX_SENTENCE = 2_000;

/**
 * A figure that is only part of a toll, so its event is not compared with the whole: taken out of
 * another count ("of the 98, 58 …", "17 of the confirmed dead"), the share of one area ("in areas it controls", "came from
 * Borongan"), added to an earlier count ("another 20", "790 additional deaths", "were also killed"), a smaller count of
 * the same event than a whole named right after it ("arrested two men. Of the three suspects
 * arrested, …"), the confirmed or unchecked share where the sentence tells them apart ("25 were
 * confirmed missing while 35 are being validated"), the share of the area hit worst, the total of a period (PERIOD_TOTAL), the toll of an
 * earlier event named by its year ("since the 1931 quake, which killed 3,000", "In May 2017, 36 died") or of another event
 * (OTHER_EVENT, OTHER_EVENT_AFTER, DATED_CAUSE_AFTER), or one case of a list ("one died …, another …").
 */
export function isPart(text: string, sents: readonly Range[], si: number, phraseStart: number, hit: NumberHit, eventTo: number, unverified: boolean, event: string): boolean {
  const sentence = sents[si]!;
  const before = text.slice(Math.max(sentence.start, phraseStart - 40), phraseStart);
  // The character that ends the words before: PARTITION needs a comma there, ADDED_BEFORE the "r" or "l" of its words.
  const last = before.charCodeAt(spacesBefore(before, before.length) - 1);
  if (last === 44 && PARTITION.test(before)) return true; // ,
  const after = text.slice(hit.end, eventTo);
  if (sideOfDead(after) !== null) return false;
  // "17 of the confirmed dead": a count taken out of a group of the same event named after it.
  if (text.charCodeAt(hit.end) === 32 && (text.charCodeAt(hit.end + 1) | 32) === 111 && OF_GROUP.test(text.slice(hit.end, hit.end + 10)) && namesEvent(groupAfter(text, hit.end), event)) return true; // o O
  if (FROM_PLACE.test(after) || (hasAsciiWord(after, 'in ') && AREA_PART.test(after)) || (unverified && CONFIRMATION.test(text.slice(phraseStart, eventTo)))) return true;
  // "Since the fever first struck Kelm over five months ago, the Ostra ministry …": an opening "Since" is read with the time it runs from.
  const lead = text.slice(Math.max(sentence.start, phraseStart - (text.startsWith('Since ', sentence.start) ? 200 : 100)), phraseStart);
  if (leadNamesOther(lead) || opensDated(text, sentence)) return true;
  const tail = text.slice(hit.end, Math.min(sentence.end, hit.end + 100));
  if (hasAsciiWord(tail, ' in ') && OTHER_EVENT_AFTER.test(tail)) return true;
  if (datedCauseAfter(text, sentence, hit)) return true;
  if (hit.value === 1 && hit.words && ONE_OF_LIST.test(after)) return true;
  // Added to a count of the same event just before ("812 deaths … tallied 790 additional deaths", "51
  // killed … two people were also killed"), not to another one ("126 dead with another 188 injured").
  const added = (((last | 32) === 114 || (last | 32) === 108) && ADDED_BEFORE.test(before)) || ADDED_AFTER.has(lowerWordAfterSpaces(text, hit.end, Math.min(sentence.end, hit.end + 20))) || addedByAlso(after);
  if (added && namesEvent(text.slice(Math.max(sents[si - 1]?.start ?? sentence.start, sentence.start - WHOLE_REACH, phraseStart - MAX_SENTENCE), phraseStart), event)) return true;
  return wholeAfter(text, sentence, sents[si + 1], hit, event);
}

/**
 * The words before a figure name the area hit worst, a period's total or another event (WORST_HIT,
 * PAST_EVENT, PAST_EVENT_SUBJECT, OTHER_EVENT, PERIOD_TOTAL). Each expression runs only where the letters it needs are
 * there: most leads have none of them.
 */
function leadNamesOther(lead: string): boolean {
  // WORST_HIT and PERIOD_TOTAL: "worst ", "hardest ", "highest ", "deadliest ", "bloodiest " ("worst-hit" too).
  if ((hasAsciiWord(lead, 'st ') || hasAsciiWord(lead, 'st-')) && ((WORST_HIT.test(lead) && !WORST_HIT_TELLERS.test(lead)) || PERIOD_TOTAL.test(lead))) return true;
  // PAST_EVENT is case-sensitive.
  if ((lead.includes('which') || lead.includes('that')) && PAST_EVENT.test(lead)) return true;
  if (hasAsciiWord(lead, 'in ') && PAST_EVENT_SUBJECT.test(lead)) return true;
  return (hasAsciiWord(lead, 'in a') || hasAsciiWord(lead, ' ago') || hasAsciiWord(lead, 'last ')) && OTHER_EVENT.test(lead);
}

/** "of the three", "among the 12": a whole that the counts around it are parts of. */
const WHOLE = new RegExp(String.raw`\b(?:of|among) (?:the|these|those) (${NUMBER_PATTERN})\b`, 'giu');
/**
 * "nine of the 14 passengers died": a whole of travellers is those aboard (figure-events.ts wholeOfPart), no toll the part
 * is taken out of; the part is the toll. Read by figure-events.ts too, where such a part shares the verb after the whole.
 */
export const TRAVELLERS_WHOLE = /^\s+(?:[\p{Ll}-]+\s+)?(?:passengers|crew|occupants)\b/u;
/** How far after its sentence a whole is looked for: about one more sentence. */
const WHOLE_REACH = 300;

/**
 * A whole of the same event, larger than the figure, named later in its sentence or in the next one,
 * with the event in its own words ("Of the three suspects arrested,", "among the 12 killed"): the
 * figure is one of its parts, told step by step.
 */
function wholeAfter(text: string, sentence: Range, next: Range | undefined, hit: NumberHit, event: string): boolean {
  const end = Math.min(hit.end + 2 * WHOLE_REACH, next ? Math.min(next.end, sentence.end + WHOLE_REACH) : sentence.end);
  const window = text.slice(hit.end, end);
  if (!hasAsciiWord(window, 'of th') && !hasAsciiWord(window, 'among th')) return false;
  WHOLE.lastIndex = 0;
  for (let m = WHOLE.exec(window); m; m = WHOLE.exec(window)) {
    const words = m[1]!;
    const value = classAt(words, 0) & LETTER ? wordsValue(words) : Number(words.replace(/,/g, ''));
    if (value === null || !(value > hit.value)) continue;
    // The whole's own noun phrase, up to a comma: "suspects arrested".
    const after = window.slice(m.index + m[0].length, m.index + m[0].length + 32);
    const comma = after.indexOf(',');
    if (TRAVELLERS_WHOLE.test(after)) continue;
    if (namesEvent(comma < 0 ? after : after.slice(0, comma), event)) return true;
  }
  return false;
}

/**
 * "the clinic treated six pupils — three complained of neck pain": a bare count right after a dash that closes a count
 * of people with no event of its own picks some of those people out, a part of them, no toll of its own.
 * `previousEnd` is where that count's number ends, `unit` its noun.
 */
export function partOfCounted(text: string, previousEnd: number, previousUnit: string | null, phraseStart: number): boolean {
  if (previousUnit === null || phraseStart - previousEnd > previousUnit.length + 6) return false;
  return DASHED_AFTER_NOUN.test(text.slice(previousEnd, phraseStart)) && text.slice(previousEnd, phraseStart).trimStart().startsWith(previousUnit);
}
/** The counted noun, then a dash (an em or en dash, or a spaced hyphen), and nothing else. */
const DASHED_AFTER_NOUN = /^\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s*(?:[—–]|\s-)\s*$/u;

/**
 * "195 civilian casualties (49 killed, 146 injured)": counts in a bracket opened right after a count and its noun break that
 * count down, so they count what it counts. The noun, else null.
 */
export function bracketedPartUnit(text: string, sentence: Range, earlier: readonly { figure: { unit: string | null; span: Range } }[], phraseStart: number, hit: NumberHit): string | null {
  // Each part says what befell it ("49 killed"); "(65- to 100-foot)" converts a measure instead.
  if (!PART_WORD_AFTER.test(text.slice(hit.end, hit.end + 3))) return null;
  // Only a bracket within reach counts: no need to look further back for one.
  const from = Math.max(sentence.start, phraseStart - BREAKDOWN_REACH);
  const at = text.slice(from, phraseStart + 1).lastIndexOf('(');
  const open = from + at;
  if (at < 0 || text.slice(open, phraseStart).includes(')')) return null;
  for (let i = earlier.length - 1; i >= 0; i--) {
    const { unit, span } = earlier[i]!.figure;
    if (span.end > open) continue;
    return unit !== null && text.slice(span.end, open).trim() === unit ? unit : null;
  }
  return null;
}
const PART_WORD_AFTER = /^ \p{Ll}/u;
/** How far into the bracket a count of the breakdown may stand. */
const BREAKDOWN_REACH = 60;
