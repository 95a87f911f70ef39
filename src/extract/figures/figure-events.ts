/** The event a figure counts from the words around it ("killing about 40", "15 bodies were found", "100 people were held"); separate because it reads the clause, not the number. */
import { COMMA, hasAsciiWord, spacesFrom } from '../chars';
import { ABOUT_RE, eventOf } from '../events';
import { AMOUNT_HEDGES, isRange, type NumberHit } from './numbers';
import { MAX_SENTENCE, TRAVELLERS_WHOLE } from './parts';
import { lastWord, lowerWordAfterSpaces } from '../scan';
import type { Range } from '../sentences';
import type { Figure } from '../types';
import { firstWord, nounFollows, PEOPLE_NOUNS } from './units';
import { COUNTED_AREAS, LISTED_PEOPLE } from '../lexicon';

/**
 * Verbs that take the count as their object ("killing about 40", "and injured eight others"): right
 * before the figure they give its event even where an earlier figure of the clause owns the words
 * before. After a figure they say nothing of it ("killed two people and injured eight": the two were killed).
 */
export const PARTICIPLE_EVENT = new Map([
  ['killing', 'killed'],
  ['drowning', 'killed'],
  ['injuring', 'injured'],
  ['wounding', 'injured'],
  ['arresting', 'detained'],
  ['detaining', 'detained'],
  ['killed', 'killed'],
  ['injured', 'injured'],
  ['wounded', 'injured'],
  ['arrested', 'detained'],
  ['detained', 'detained'],
  // "killed 12 and displaced 40,000": people a disaster drove from their homes.
  ['displaced', 'displaced'],
  ['displacing', 'displaced'],
]);

/**
 * Verbs of a harm that is no event counted ("has killed 20 and sickened more than 90", "killed six and displaced 400"): right
 * before the figure they take it as their object, so an event named before them is another count's.
 */
export const OTHER_HARM_VERBS = new Set('sickened infected affected displaced evacuated rescued treated hospitalised hospitalized stranded poisoned sickening infecting affecting displacing evacuating rescuing stranding'.split(' '));

/**
 * "15 bodies were found", "rescuers retrieved 15 bodies", "we have counted 30 lifeless bodies", "found 14 cadavers":
 * bodies recovered or counted count the dead ("two regulatory bodies" do not).
 */
export const BODIES = /^(?:more |other |further |lifeless |charred |burnt |burned |decomposed |mutilated )?(?:bodies|cadavers|corpses)$/;
export const RECOVERED = /\b(?:found|recovered|retrieved|pulled|dug|exhumed|discovered|washed|identified|counted)\b/i;
/**
 * "the bodies of 1,075 victims were taken to mortuaries": counted people whose bodies, the subject of a
 * passive verb, are told of are the dead ("will need facilities to keep the bodies of 15,000 people" plans for a number).
 * Another count may be joined to them before the verb ("bodies of 13 soldiers and nine wounded … were brought"): the
 * bodies are still the dead, whatever event the joined count names, so this is read before the words after the figure.
 */
const BODIES_OF = /\bbodies of (?:the )?$/i;
const PASSIVE_AFTER = /^ (?:[\p{L}-]+ ){1,2}(?:and [^,;:.!?]{1,60}? )?(?:were|was|had been|have been|are being)\b/u;
export const bodiesOf = (textBefore: string, after: string): boolean =>
  hasAsciiWord(textBefore, 'bodies of ') && BODIES_OF.test(textBefore) && PASSIVE_AFTER.test(after);
/**
 * "Two villagers told AP that the toll rose", "three witnesses said": a count that is the subject of a
 * verb of speech counts the speakers, whatever their words report. Not "reported", which also follows
 * a toll ("12 deaths reported"), nor "said to" ("20 people said to have died").
 */
const SPEECH_VERBS = new Set(['said', 'say', 'says', 'told', 'tell', 'tells', 'claimed', 'stated', 'warned', 'wrote']);
/**
 * " and", up to three words, a plural in lower case (the head of two joined nouns), maybe "also", then a verb of speech or
 * of accusing someone (not "accused of": then the count is of the accused).
 */
const JOINED_SPEAKERS = /^ and (?:[\p{L}-]+ ){0,3}?\p{Ll}{2,}s(?: also)? (?:said|say|says|told|claimed|stated|warned|wrote|accused (?!of\b)|accuse (?!of\b)|urged|demanded|condemned|denounced)/u;
/** "in the more than 5,600 buildings": a preposition of place right before the figure's phrase. */
export const PLACE_PREPOSITION = /\b(?:in|across|throughout|inside|within)\s+(?:the\s+)?$/i;
/**
 * Where the event after a figure may be read: up to the next number ("of its 900 residents, 300
 * were injured" says nothing of the 900), unless only "or", "and" or "to" stand between the two
 * ("two or three guards were killed") or a higher bound of it (HIGHER_BOUND), or only the figure's own noun and "and" ("eight rebels and
 * four soldiers were killed": counts joined before one verb share it), also with a part set off by
 * commas between them (APPOSITION_ENDS).
 */
export function eventEnd(text: string, hit: NumberHit, next: NumberHit | undefined, clauseEnd: number, unit: string | null): number {
  if (!next || next.start >= clauseEnd) return clauseEnd;
  let gap = text.slice(hit.end, next.start).trim().toLowerCase();
  // "79 others, including 56 children, were wounded": "others" stands for the noun.
  if (unit !== null && gap.startsWith(unit)) gap = gap.slice(unit.length).trimStart();
  else if (gap.startsWith('others')) gap = gap.slice(6).trimStart();
  // "with 9 survivors and 31 unaccounted for", "one case and 40 deaths": a count after "and" that names its own state or event
  // right after it shares no verb with the count before.
  if (gap === 'and' && OWN_STATE_AFTER.test(text.slice(next.end, Math.min(clauseEnd, next.end + 24)))) return next.start;
  if (partOfNext(text, gap, hit, next)) return clauseEnd;
  return gap === 'or' || gap === 'and' || gap === 'to' || (gap === ',' && listGoesOn(text, next.end, clauseEnd)) || (gap === 'of' && FOUND_ALIVE.test(text.slice(next.end, clauseEnd))) || (HIGHER_BOUND.test(gap) && LOWER_BOUND_BEFORE.test(text.slice(Math.max(0, hit.start - 12), hit.start))) || ((gap === ', including' || gap === 'including') && APPOSITION_ENDS.test(text.slice(next.end, clauseEnd))) ? clauseEnd : next.start;
}
/**
 * "nine of the 14 crew died": a count taken out of a larger count of travellers right after it ("of the") shares the verb
 * after the whole's noun; the whole is those aboard the flight or vessel (wholeOfPart). `gap` is the text between the two
 * numbers, in lower case. ("Three of the 40 people hurt": a whole of its own event is left as it was.)
 */
const partOfNext = (text: string, gap: string, hit: NumberHit, next: NumberHit): boolean =>
  (gap === 'of the' || gap === 'of') && next.value > hit.value && !isRange(next) && TRAVELLERS_WHOLE.test(text.slice(next.end, next.end + 24));
/** The whole of such a part ("the 14 crew" above), whose event is "aboard". `previous` is the number before the figure. */
export function wholeOfPart(text: string, previous: NumberHit | undefined, hit: NumberHit): boolean {
  return previous !== undefined && partOfNext(text, text.slice(previous.end, hit.start).trim().toLowerCase(), previous, hit);
}
/** A state or an event's noun right after a count: "31 unaccounted for", "12 dead", "40 deaths". */
const OWN_STATE_AFTER = /^\s+(?:dead|missing|injured|wounded|hurt|unaccounted\s+for|deaths|fatalities|injuries)(?![\p{L}-])/u;
/**
 * "Four guards, two gunmen and a driver were among the dead": counts listed with commas before "and" the last of them share
 * the list's one verb, as two joined by "and" do; the count after the comma, its noun, then another comma or "and" and a
 * count, go on with the list.
 */
function listGoesOn(text: string, from: number, clauseEnd: number): boolean {
  return LIST_GOES_ON.test(text.slice(from, Math.min(clauseEnd, from + 48)));
}
const LIST_GOES_ON = /^(?: \p{Ll}[\p{L}-]*){1,2}(?:,| and) (?:\d|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) )/u;
/** "at least 150, perhaps as many as 350, may have died": a higher bound of the same estimate, which shares its verb. */
const HIGHER_BOUND = /^,? ?(?:and |or )?(?:possibly|perhaps|maybe|probably|even) (?:as many as|as high as|up to|more than|over)$/;
/** The first count of such a pair is a lower bound or an estimate ("at least 200", "some 200"), not a group counted out of. */
const LOWER_BOUND_BEFORE = /\b(?:at least|more than|over|some|about|around|nearly|almost|roughly)\s+$/i;
/**
 * "eight rebels, including two foreigners, and one soldier were killed": the count after "including" is a part set
 * between commas, after which the clause goes on with the figure's verb ("30 people, including 12 women, were
 * killed") or joins another count to it before their one verb (as "eight rebels and one soldier were killed"), so
 * the event is read past the part; so it is when the writer left out the comma before "including" ("over 50 including 15
 * guards, were injured").
 */
const APPOSITION_ENDS = /^[^,.;:!?\d]{0,40}, (?:and (?:\d|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) )|(?:were|was|have|had|are|died)\b)/i;
/** The event named after a figure, up to `to`: the start of the next figure when `beforeNext`; `plural` when it counts several. */
export function eventAfter(text: string, from: number, to: number, beforeNext: boolean, plural: boolean): string | null {
  ABOUT_RE.lastIndex = 0;
  const window = beforeOthers(text.slice(from, to));
  let m = ABOUT_RE.exec(window);
  if (!m) return null;
  // "30 people who had marched on the palace were shot dead": a crowd in the count's own relative clause says who they were;
  // the verb after it says what befell them.
  if (eventOf(m) === 'crowd' && RELATIVE_BEFORE.test(window.slice(0, m.index))) m = ABOUT_RE.exec(window) ?? m;
  if (hurtThenDied(window, m)) return 'killed';
  // The verb of the count after it ("two people and injured eight", "bombings of two stores killed almost 90"), when only
  // spaces or that count's bound follow it.
  const verb = m[0].toLowerCase();
  if (beforeNext && PARTICIPLE_EVENT.has(verb) && NEXT_BOUND_ONLY.test(window.slice(m.index + m[0].length))) return null;
  if (reclassified(window, m.index) || ownVerbThenCount(window, m.index)) return null;
  // "Kelm logged one case and no deaths": an event said not to have befallen anyone counts no one.
  if (NO_BEFORE.test(window.slice(Math.max(0, m.index - 4), m.index))) return null;
  // "five of 14 miners pulled out alive later died": the whole were found alive, only the part before "of" died.
  if (FOUND_ALIVE.test(window.slice(0, m.index))) return PART_OF.test(window) ? eventOf(m) : null;
  // "A man suspected of shooting two officers has been arrested": a verb in the singular has
  // another subject than a count of several.
  if (plural && SINGULAR_VERB.test(window.slice(0, m.index))) return null;
  // "two men carried a dead body to the truck": one dead, told with "a", is no count of several.
  if (plural && oneHarmed(window, m)) return null;
  const event = eventOf(m);
  // "100 people between dead and injured", "killed or wounded": a count of two events together, a toll of neither.
  const joined = JOINED_EVENT.exec(window.slice(m.index + m[0].length));
  if (joined) {
    const other = ABOUT_RE.exec(window);
    if (other && other.index === m.index + m[0].length + joined[0].length && eventOf(other) !== event) return null;
  }
  return event;
}
/**
 * "more than 600 huts had been burned and thousands of people displaced": the count's own verb, no event, then "and" and
 * another count, whose clause the event's word is of; it tells nothing of the huts. `at` is where the event's word starts.
 */
const ownVerbThenCount = (window: string, at: number): boolean => window.includes(' and ') && OWN_VERB_THEN_COUNT.test(window.slice(0, at));
const OWN_VERB_THEN_COUNT = /\b(?:were|was|are|is|had\s+been|have\s+been|has\s+been)\s+\p{Ll}+(?:ed|en)\s+and\s+(?:\d|(?:tens|hundreds|thousands|dozens|scores|millions)\s+of\b)/u;
/**
 * "a dead body", "a wounded child": one harmed person, told with "a" before the event's adjective, is no count of several,
 * whether told before or after it ("one porter led a wounded boy while three others bore a dead body": three bearers).
 */
const oneHarmed = (window: string, m: RegExpExecArray): boolean => ONE_HARMED_WORDS.has(m[0].toLowerCase()) && ONE_BEFORE.test(window.slice(Math.max(0, m.index - 4), m.index));
const ONE_HARMED_WORDS = new Set(['dead', 'wounded', 'injured', 'hurt']);
/** Found, rescued or pulled out alive: survivors, whatever befell some of them later. */
const FOUND_ALIVE = /\b(?:found|rescued|pulled out|brought out|dug out|taken out|recovered) alive\b/i;
/** "no" right before the event's word. */
const NO_BEFORE = /(?:^|\s)no\s+$/i;
/** " of " opening the words after a count: the count is a part of the count after it. */
const PART_OF = /^\s+of\s/;
/** "a" right before a word. */
const ONE_BEFORE = /(?:^|\s)an?\s+$/i;
/**
 * "another three hikers injured in the blaze had died in hospital": a participle of harm right after the count's noun says
 * who they were; the perfect "had died" of the same clause after it is what befell them.
 */
const hurtThenDied = (window: string, m: RegExpExecArray): boolean =>
  eventOf(m) === 'injured' && NOUN_ONLY.test(window.slice(0, m.index)) && HAD_DIED_AFTER.test(window.slice(m.index + m[0].length));
/** At most two words (the count's noun): "the 25 who were hurt in the riot have since died" were hurt, some of them died. */
const NOUN_ONLY = /^(?:\s+(?!(?:who|that|which|were|was|are|is)\s)[\p{L}-]+){0,2}\s+$/iu;
/** The rest of the clause (no comma, number or clause sign), then a perfect of "die". */
const HAD_DIED_AFTER = /^[^,.;:!?\d]{0,60}?\b(?:had|have|has)\s+(?:since\s+|later\s+|now\s+)?died\b/i;
/** "who", "that" or "which" and at most two words ("who had", "that were"), right before the event's words. */
const RELATIVE_BEFORE = /\b(?:who|that|which)\s+(?:[a-z]+\s+){0,2}$/i;
/** Spaces, maybe with the bound of the count after them ("nearly", "more than"). */
const NEXT_BOUND_ONLY = /^\s*(?:(?:nearly|almost|about|around|some|over|roughly|approximately|more than|at least|as many as|up to)\s*)?$/i;
/**
 * "more than 900 people previously listed as missing are now considered dead": people moved from one list to
 * another, counted as neither the event they left nor the one they joined (a part of each toll, no rival of it).
 */
function reclassified(window: string, at: number): boolean {
  const before = window.slice(Math.max(0, at - 40), at);
  return hasAsciiWord(before, ' as ') && RECLASSIFIED.test(before);
}
const RECLASSIFIED = /\b(?:previously|formerly|originally|earlier|once)\s+(?:listed|counted|reported|registered|classified|recorded)\s+as\s+$/i;

/**
 * "rose to 334, the agency said, with many more still missing": a clause of other people after the
 * figure ends what is read of it (a number there would end it anyway: eventEnd); so does a second clause told
 * ("said 2,000 officers had been deployed and that hundreds had been injured": the injured are the hundreds).
 */
function beforeOthers(window: string): string {
  const told = window.indexOf(' and that ');
  if (told >= 0) window = window.slice(0, told);
  if (!hasAsciiWord(window, ', with ')) return window;
  const m = OTHERS_CLAUSE.exec(window);
  return m ? window.slice(0, m.index) : window;
}
const OTHERS_CLAUSE = /,\s+with\s+(?:many|more|others|dozens|hundreds|thousands|scores|several|some)\b/i;

/**
 * "At least 100 people were held after the protests": people held where the sentence is about
 * protests or the police are detained ("talks were held", "held hostage", "held responsible" are not;
 * a count of things is not: "rallies were held").
 */
export function heldInCustody(text: string, sentence: Range, unit: string | null, from: number, to: number): boolean {
  if (unit === null || !PEOPLE_NOUNS.has(lastWord(unit))) return false;
  const after = text.slice(from, Math.min(to, from + 60));
  if (!hasAsciiWord(after, ' held') || !HELD.test(after)) return false;
  return CUSTODY_CONTEXT.test(text.slice(sentence.start, Math.min(sentence.end, sentence.start + MAX_SENTENCE)));
}
const HELD = /^\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:were|are|was|have been|had been|are being|were being)\s+held\b(?!\s+(?:hostage|captive|up|back|responsible|liable|accountable))/iu;
const CUSTODY_CONTEXT = /\b(?:police|protests?|protesters|demonstrat(?:ions?|ors)|riots?|unrest|crackdown|security forces)\b/i;

/** "and", "or" right after an event word: another event may be joined to it. */
const JOINED_EVENT = /^\s+(?:and|or|and\/or)\s+/;

/** "in critical condition", "in a stable condition": the state of patients. */
const CONDITION = /\bin (?:a )?(?:critical|serious|stable|grave|fair|good|poor) condition\b/i;
export const inCondition = (after: string): boolean => hasAsciiWord(after, 'condition') && CONDITION.test(after);

/**
 * "raised the number of wounded from 42 to 67", "lowered the (death) toll in the attack from 89 to 42",
 * "revised the toll down by about 60 to 215": a "from X to Y" or "by X to Y" pair (or "to Y") counts what
 * the number or toll named right before it counts, whatever event words follow ("… from 89 to 42 and
 * raised the number of wounded …": the 89 is no count of the wounded).
 */
const PAIR_OF = new RegExp(
  String.raw`\b(?:the|its|their) ((?:[\p{L}-]+ )?(?:number|toll|count|tally|total))\b([^.;:!?\d]{0,200}?) (?:from (?:[\d,.]+ to )?|by (?:(?:${AMOUNT_HEDGES}) )?(?:[\d,.]+ to )?|to )$`,
  // "The death toll in … has risen to 53": the sentence may open with the toll.
  'iu',
);
/** How far back the toll or number of a pair is looked for: "The death toll from a bus … on Monday rose to 51" may name a long noun phrase between. */
const PAIR_REACH = 240;
export function pairEvent(text: string, sentence: Range, phraseStart: number, hitEnd: number): string | null {
  const from = text.startsWith('from ', phraseStart - 5);
  // Most figures have no "from ", "by " or "to " right before them: the expression is spared there.
  if (!from && !text.startsWith(' to ', phraseStart - 4) && !text.startsWith(' by ', phraseStart - 4)) return null;
  // A "from" value is the first of a pair only where "to" follows it: "the number of deaths, with data from four hospitals" is none.
  if (from && !text.startsWith(' to ', hitEnd)) return null;
  const m = PAIR_OF.exec(withoutLoads(text.slice(Math.max(sentence.start, phraseStart - PAIR_REACH), phraseStart)));
  if (!m) return null;
  ABOUT_RE.lastIndex = 0;
  const named = ABOUT_RE.exec(`${m[1]}${m[2]}`);
  // The middle holds no digit: the number or toll governs this pair, not one before it.
  // A toll with no event of its own is the dead's ("the toll rose from 12 to 15", "updated the official toll to 1,515 victims").
  return named ? eventOf(named) : /\btoll$/i.test(m[1]!) ? 'killed' : null;
}
/**
 * "deaths rose by more than 300 overnight to 1,842": the level a change reached counts what the change
 * counted (the 1,842 is the toll itself). Only right after the change, past at most one word ("overnight") or a short phrase of
 * when ("by just 26 on Monday to 1,497", "over the weekend").
 */
export function levelAfterChange(text: string, previous: Figure | undefined, phraseStart: number): string | null {
  if (previous?.change == null || previous.about === null || phraseStart - previous.span.end > 24 || !text.startsWith(' to ', phraseStart - 4)) return null;
  return TO_LEVEL.test(text.slice(previous.span.end, phraseStart)) ? previous.about : null;
}
const TO_LEVEL = /^(?:\s+[\p{L}-]+|\s+(?:on|over|in|at|since|by)(?:\s+[\p{L}-]+){1,2})?\s+to\s+$/u;

/**
 * "three people drowned in Ostra, three in Varn and two in Kelm for a total of 8 people": a total closing a list of counts of
 * its sentence sums them, so it counts what the count before it counts (no bound or change: it is their sum).
 */
export function totalOfListed(text: string, sentenceStart: number, previous: Figure | undefined, phraseStart: number): string | null {
  if (previous?.about == null || previous.change !== null || previous.span.start < sentenceStart || !text.startsWith('total of ', phraseStart - 9)) return null;
  return TOTAL_OF_LIST.test(text.slice(previous.span.end, phraseStart)) ? previous.about : null;
}
/** The rest of the last count's clause (no number or break), then "for", "to", "making" or "bringing it to" a total of. */
const TOTAL_OF_LIST = /^[^.;:!?\d]{0,60}?\s(?:for|to|making|bringing it to|bringing the number to)\s+a\s+total\s+of\s+$/;

/**
 * "listed its admissions at 212, up from 198 early on Friday": a bare number after a level, a comma and "up from" or "down
 * from" is that level's earlier value, and counts what the level counts (its noun and event), not an event the clause
 * names after it ("before the toll of the dead reached 9").
 */
export function levelUpFrom(text: string, sentenceStart: number, previous: Figure | undefined, phraseStart: number): Figure | null {
  if (!previous || previous.change !== null || previous.span.start < sentenceStart || phraseStart - previous.span.end > 16) return null;
  return UP_FROM_LEVEL.test(text.slice(previous.span.end, phraseStart)) ? previous : null;
}
const UP_FROM_LEVEL = /^\s*,\s*(?:up|down)\s+from\s+$/i;

/**
 * "the toll climbed to at least 69, according to media reports, from the previously reported 37": the earlier value a
 * level replaced counts what the level counts (its noun and event). Only where the text says it was earlier ("previously
 * reported", "an earlier"), which the rows read as a replaced value (context/toll-updates.ts).
 */
export function earlierLevel(text: string, sentenceStart: number, previous: Figure | undefined, phraseStart: number): Figure | null {
  if (!previous || previous.about === null || previous.change !== null || previous.span.start < sentenceStart + 3) return null;
  if (!text.startsWith('to ', previous.span.start - 3) || !hasAsciiWord(text.slice(previous.span.end, phraseStart), 'from ')) return null;
  return FROM_EARLIER.test(text.slice(previous.span.end, phraseStart)) ? previous : null;
}
/** At most two words of the level's noun, a comma or a clause set off by commas, then "from the previously reported" or "from an earlier". */
export const EARLIER_VALUE = String.raw`from\s+(?:(?:the|a|an)\s+)?(?:(?:previously|earlier|initially)\s+(?:reported|announced|given|stated|confirmed)|(?:earlier|initial|previous)(?:\s+(?:figure|toll|count|tally)\s+of)?)\s+$`;
const FROM_EARLIER = new RegExp(String.raw`^(?:\s+[\p{L}-]+){0,2}(?:,[^.;:!?\d]{0,60}?)?,?\s+${EARLIER_VALUE}`, 'iu');

/**
 * "a bus carrying 75 passengers", "a boat ferrying 40 migrants": who was aboard, a load, which counts no
 * event, whatever toll the clause names before it ("the death toll from a bus carrying 75 passengers rose to 51").
 */
const LOADS = ['carrying', 'transporting', 'ferrying'];
export const LOAD_VERBS: ReadonlySet<string> = new Set(LOADS);
/**
 * A load's count (LOAD_VERBS) and a count of areas the toll spans ("the total toll in 8 countries to 2,060") with their digits
 * masked: a toll's "to 51" pair reads past them as past a noun.
 */
const LOAD_COUNT = new RegExp(String.raw`\b(?:${LOADS.join('|')})\s+(?:(?:about|some|nearly|almost|around|more than|over|at least)\s+)?\d[\d,.]*`, 'gi');
const AREA_COUNT = new RegExp(String.raw`\b(?:in|across|for|from)\s+(?:the\s+)?\d+\s+(?:${[...COUNTED_AREAS].join('|')})\b`, 'gi');
function withoutLoads(window: string): string {
  const mask = (count: string) => count.replace(/\d/g, 'n');
  const loads = LOADS.some((verb) => hasAsciiWord(window, verb)) ? window.replace(LOAD_COUNT, mask) : window;
  return [...COUNTED_AREAS].some((area) => hasAsciiWord(loads, area)) ? loads.replace(AREA_COUNT, mask) : loads;
}

/**
 * "the bus had 30 people on board", "with 40 migrants aboard", "90 people were aboard", "120 people on the boat": who was aboard, a load (as LOAD_VERBS), which counts
 * no event, whatever toll the clause names after it ("… on board and the death toll may rise").
 */
export function aboard(text: string, hit: NumberHit, unit: string | null): boolean {
  if (unit === null) return false;
  // The unit reader may keep "aboard" as the noun's modifier ("people aboard").
  if (unit.endsWith(' aboard')) return true;
  const at = text.slice(hit.end, hit.end + 8 + unit.length).indexOf(unit);
  // "210 men, boys and women": the unit read for a list of people ("people") is not written; the list's first noun stands for it.
  const listed = at < 0 ? FIRST_OF_PEOPLE.exec(text.slice(hit.end, hit.end + 12)) : null;
  if (at < 0 && !listed) return false;
  const unitEnd = listed ? hit.end + listed[0].length : hit.end + at + unit.length;
  const after = text.slice(unitEnd, unitEnd + 96);
  const where = after.charCodeAt(0) === COMMA ? after.replace(REST_OF_PEOPLE, '') : after;
  return (ABOARD_AFTER.test(where) && !didOnBoard(where)) || sailedWith(text, hit.start);
}
/**
 * "Eight to 12 crew on the trawler, the Sea Lark, had managed to reach the shore": "on the <vessel>" only says where the people
 * counted were, and the verb after it tells what those of them did (reached the shore, were rescued, died), a part of those
 * aboard, not all of them. "20 people were on the boat" (the verb before) and "120 people on the boat when it sank" stay aboard.
 */
const didOnBoard = (after: string): boolean => after.includes(' on ') && ON_VESSEL_THEN_VERB.test(after);
const ON_VESSEL_THEN_VERB =
  /^\s+on\s+(?:the|a|an|that|this|their|its)\s+(?:[^\s.,;:!?]+\s+){0,8}?(?:boat|ship|vessel|ferry|dinghy|trawler)\b(?:,[^,.;:!?]{1,50},)?\s+(?:had|have|has|were|was|are|is|could|did|managed|died|drowned|survived|swam|escaped|fled|jumped|reached)\b/i;
/**
 * "drowning 40 migrants aboard", "wounding nine passengers on board": a participle of harm right before the people names
 * what befell them; the place they were in tells only who they were. `wordAhead` is the word before the figure.
 */
export const harmedAboard = (wordAhead: string, unit: string | null): boolean =>
  unit !== null && HARM_PARTICIPLES.has(wordAhead) && PEOPLE_NOUNS.has(firstWord(unit));
const HARM_PARTICIPLES = new Set(['killing', 'drowning', 'injuring', 'wounding']);
/** "on board", "were aboard", "on the 20-metre fishing boat", "were on that ship": where the people counted were, on a vessel. */
const ABOARD_AFTER = /^\s+(?:(?:were|was|are|had been|have been)\s+)?(?:on board|aboard)\b|^\s+(?:(?:were|was|are|had been|have been)\s+)?on\s+(?:the|a|an|that|this|their|its)\s+(?:[^\s.,;:!?]+\s+){0,8}(?:boat|ship|vessel|ferry|dinghy|trawler)\b/i;
const FIRST_OF_PEOPLE = new RegExp(String.raw`^\s+(?:${LISTED_PEOPLE.join('|')})\b`);
/** "90 men, boys and women were on board": the rest of the people a list counts with the first noun, before where they were. */
const REST_OF_PEOPLE = new RegExp(String.raw`^(?:,? (?:and |or )?(?:${LISTED_PEOPLE.join('|')})\b){1,3}`);
/**
 * "the trawler left Varn harbour with some 200 people", "their boat had set sail from Ostra with about 90 migrants": the people a
 * vessel sailed with were aboard it.
 */
const sailedWith = (text: string, start: number): boolean => {
  const before = text.slice(Math.max(0, start - 120), start);
  return hasAsciiWord(before, 'with') && SAILED_WITH.test(before);
};
const SAILED_WITH =
  /\b(?:boat|ship|vessel|ferry|dinghy|trawler)s?\b[^.;:!?\d]{0,60}?\b(?:set sail|sailed|left|departed)\b[^.;:!?\d]{0,60}?\bwith (?:(?:about|around|some|nearly|almost|roughly|more than|over|at least|up to) )?$/i;

/**
 * "The refinery put the crude it lost at 2,300 barrels", "about 800 tonnes of fuel oil leaked into the bay", "an estimate of
 * 9,000 gallons spilt": an amount of oil or fuel let out in a spill, which two sources (the operator and the regulator) often count
 * differently, as they do the dead. The amount's unit is a volume or weight, and its sentence names the spill; an amount "a day" or
 * "every minute" is a rate of it, no amount of the spill.
 */
export function spilledAmount(text: string, sentence: Range, hit: NumberHit, unit: string | null, clauseEnd: number): boolean {
  if (unit === null || !SPILL_UNITS.has(firstWord(unit))) return false;
  const words = text.slice(sentence.start, sentence.end).toLowerCase();
  if (!SPILL_WORDS.some((word) => words.includes(word))) return false;
  return !SPILL_RATE.test(text.slice(hit.end, Math.min(clauseEnd, hit.end + 80)));
}
const SPILL_UNITS: ReadonlySet<string> = new Set(['barrels', 'tonnes', 'tons', 'gallons', 'litres', 'liters']);
const SPILL_WORDS = ['spill', 'spilt', 'leaked', 'leaking', 'spewed', 'gushed', 'flooded into', 'poured into', 'seeped'];
/** "… leaked each day", "spilling at 40 barrels an hour": the amount is a rate. */
const SPILL_RATE = /^[^.;:!?\d]*?\b(?:(?:a|an|each|per|every) (?:day|hour|minute|second|week)|daily|hourly)\b/i;

/**
 * "two or three times worse than the last flood as far as the toll goes": a multiplier, which counts no one. The first
 * of a pair joined by "or"/"to" takes the "times" of the second.
 */
export function multiplies(text: string, hit: NumberHit, unit: string | null): boolean {
  if (unit !== null) return firstWord(unit) === 'times';
  return (text.startsWith(' or ', hit.end) || text.startsWith(' to ', hit.end)) && MULTIPLIER_AFTER.test(text.slice(hit.end, hit.end + 32));
}
const MULTIPLIER_AFTER = /^ (?:or|to) [\p{L}\d.,-]+ times\b/u;

/**
 * "The other six are buried", "the other 12 died in hospital": the rest of a group named before (a household, the
 * passengers), a part of it, no toll of its own to set beside the story's.
 */
export const restOfGroup = (text: string, phraseStart: number): boolean =>
  // The "r" of "other" right before the space: asked first, as few figures have it.
  (text.charCodeAt(phraseStart - 2) | 32) === 114 && THE_OTHER.test(text.slice(Math.max(0, phraseStart - 10), phraseStart)); // r R
const THE_OTHER = /\bthe other $/i;

/**
 * "No official has mentioned a toll as high as 50,000", "Nobody has confirmed 300 deaths": a count the sentence says no
 * one gave is nobody's toll. Read from the sentence's start (which must open with the negation), no comma between.
 */
export function unmentioned(text: string, sentence: Range, phraseStart: number): boolean {
  if (!text.startsWith('No', sentence.start) || phraseStart - sentence.start > MENTION_REACH) return false;
  return NEGATED_MENTION.test(text.slice(sentence.start, phraseStart));
}
const MENTION_REACH = 160;
const NEGATED_MENTION = /^(?:No|Nobody|No one|None)\b[^,;:.!?]*?\b(?:mentioned|cited|suggested|confirmed|given|gave|offered|raised)\b[^,;:.!?]*$/;

/**
 * "admitted with 40 per cent burns, died": a share of the noun right after it (the skin burnt), which
 * counts no one, whatever event its clause names.
 */
export const sharesANoun = (text: string, hit: NumberHit, unit: string | null, clauseEnd: number): boolean => unit === '%' && nounFollows(text, hit.end, clauseEnd);

/**
 * "an overall death toll for the 11 countries affected": a count of areas (COUNTED_AREAS), which counts no one, whatever toll its
 * clause names; so does a count of craft ("the toll after three ferries sank").
 */
export const countsAreas = (unit: string | null): boolean => unit !== null && (COUNTED_AREAS.has(lastWord(unit)) || COUNTED_CRAFT.has(lastWord(unit)));
const COUNTED_CRAFT = new Set('boats vessels ships ferries dinghies canoes buses trains planes aircraft helicopters'.split(' '));

/** The counted noun phrase `unit` right after `hit` is the subject of a verb of speech (SPEECH_VERBS). */
export function speaks(text: string, hit: NumberHit, unit: string | null, clauseEnd: number): boolean {
  if (unit === null || hit.unit !== null) return false;
  // The counted noun stands right after the number; a compound's unit ("four-point": points) is not written so.
  const at = text.slice(hit.end, hit.end + 8 + unit.length).indexOf(unit);
  // "210 men, boys and women": the unit read for a list of people ("people") is not written; the list's first noun stands for it.
  const listed = at < 0 ? FIRST_OF_PEOPLE.exec(text.slice(hit.end, hit.end + 12)) : null;
  if (at < 0 && !listed) return false;
  const unitEnd = listed ? hit.end + listed[0].length : hit.end + at + unit.length;
  // "12 Varnian civil society and rights groups also accused the police of arrests": the noun read stops before "and", the
  // verb of speech comes after the head of the joined phrase.
  if (text.startsWith(' and ', unitEnd) && JOINED_SPEAKERS.test(text.slice(unitEnd, Math.min(clauseEnd, unitEnd + 80)))) return true;
  const verb = lowerWordAfterSpaces(text, unitEnd, Math.min(clauseEnd, unitEnd + 16));
  if (!SPEECH_VERBS.has(verb)) return false;
  const verbEnd = spacesFrom(text, unitEnd, clauseEnd) + verb.length;
  return lowerWordAfterSpaces(text, verbEnd, Math.min(clauseEnd, verbEnd + 8)) !== 'to';
}

/**
 * "the two agencies both put the toll at 37", "three witnesses told Varn radio": a count of those who tell the figures is
 * who says it, no fact told (the count after it is). Why: it would stand beside the toll as a count of the same event.
 */
export function countsTellers(text: string, hit: NumberHit, unit: string | null, clauseEnd: number): boolean {
  // Asked at every figure with a noun, which is seldom of tellers: one search before the noun's words are split.
  if (unit === null || hit.unit !== null || !TELLER_IN.test(unit)) return false;
  // "two Kelmor sources estimate": the unit read may run on into the verb.
  const words = unit.toLowerCase().split(' ');
  const teller = words.findIndex((w) => TELLERS.has(w));
  if (teller < 0) return false;
  if (teller < words.length - 1) return isTelling(words[teller + 1]!);
  // "figures from two agencies", "data from three Varn sources": the count is of those the figures come from.
  if (FIGURES_FROM.test(text.slice(Math.max(0, hit.start - 24), hit.start))) return true;
  // "two additional sources": a word or two may stand between the number and the tellers.
  const at = text.slice(hit.end, hit.end + TELLER_REACH + unit.length).indexOf(unit);
  if (at < 0) return false;
  let from = hit.end + at + unit.length;
  let verb = lowerWordAfterSpaces(text, from, Math.min(clauseEnd, from + 16));
  if (TELLING_ADVERBS.has(verb) || TELLING_AUXILIARIES.has(verb)) {
    from = spacesFrom(text, from, clauseEnd) + verb.length;
    verb = lowerWordAfterSpaces(text, from, Math.min(clauseEnd, from + 16));
  }
  // "two diplomats who led the talks told the agency": the tellers' relative clause stands before their verb.
  if (verb === 'who') return RELATIVE_TELLS.test(text.slice(from, Math.min(clauseEnd, from + 100)));
  if (PLACE_WORDS.has(verb)) return placedTellers(text, from, clauseEnd);
  return isTelling(verb);
}
/**
 * "three officials at the Varn clinic confirmed that …", "two sources in the ministry said": where the tellers work, in a
 * phrase of a place between them and their verb, still leaves a count of who tells the figure.
 */
function placedTellers(text: string, from: number, clauseEnd: number): boolean {
  const m = PLACED_WORDS.exec(text.slice(from, Math.min(clauseEnd, from + 60)));
  if (m === null) return false;
  // The place's words, then the verb: the first word after one to three of them that tells.
  const words = m[1]!.split(/\s+/);
  // "two officials in the town were killed, reports said": a verb of their own before it tells what befell them.
  for (let i = 1; i < words.length && !OWN_VERBS.has(words[i]!); i++) if (isTelling(words[i]!)) return true;
  return false;
}
const OWN_VERBS = new Set(['were', 'was', 'are', 'is', 'had', 'have', 'has', 'and']);
const PLACE_WORDS = new Set(['at', 'in', 'inside', 'within', 'near']);
/** The place's preposition, maybe an article, then two to four words (no sign): the place's and the verb. */
const PLACED_WORDS = new RegExp(String.raw`^\s+(?:${[...PLACE_WORDS].join('|')})\s+(?:(?:the|a|an)\s+)?((?:[\p{L}'’-]+\s+){1,3}\p{Ll}+)(?![\p{L}'’-])`, 'u');
/** "who", then at most 80 characters of its clause (no sign), then a verb of speech. */
const RELATIVE_TELLS = /^\s+who\s+[^,.;:!?]{0,80}?\b(?:told|said|say|says|tell|tells)\b/i;
const isTelling = (verb: string): boolean => SPEECH_VERBS.has(verb) || TELLING_VERBS.has(verb);
/** Who tell figures; charities and aid groups too ("two charities have said", after a toll of theirs). */
const TELLERS = new Set('agencies sources witnesses outlets newspapers ministries officials residents diplomats charities ngos'.split(' '));
/** A word of TELLERS between spaces, in any case (no other letters lower to theirs). */
const TELLER_IN = new RegExp(String.raw`(?:^| )(?:${[...TELLERS].join('|')})(?= |$)`, 'i');
const TELLER_REACH = 24;
const FIGURES_FROM = /\b(?:figures|data|numbers|tallies|counts|estimates|reports)\s+(?:from|by|of)\s+(?:the\s+)?$/i;
const TELLING_ADVERBS = new Set('now also later separately both each'.split(' '));
/** "two agencies have said", "three sources had reported": a perfect tense's auxiliary before the verb of telling. */
const TELLING_AUXILIARIES = new Set(['have', 'has', 'had']);
const TELLING_VERBS = new Set('put puts estimate estimates estimated report reports reported gave give confirmed'.split(' '));

/**
 * "the first denial that tainted water was the cause of the death of six", "bad liquor wasn't the reason for the deaths of
 * four": a count inside a denied or negated cause is what the speaker says did not happen, no toll of theirs (a count of
 * reports the speaker denies is still the reports' toll). Read from
 * `from` (the end of the figure before, or the sentence's start) to the figure, within DENIAL_REACH and no comma between.
 */
export function denied(text: string, from: number, phraseStart: number): boolean {
  const window = text.slice(Math.max(from, phraseStart - DENIAL_REACH), phraseStart);
  // The words share "deni"/"deny" or "n't"/" not": one search each spares the expressions on most figures.
  if (DENI_OR_DENY.test(window) && DENIAL.test(window)) return true;
  return NOT_OR_NT.test(window) && NEGATED_CAUSE.test(window);
}
const DENIAL_REACH = 120;
/** "deni" or "deny" in any ASCII case (the i flag without u folds only ASCII, as hasAsciiWord does). */
const DENI_OR_DENY = /den[iy]/i;
/** " not " in any ASCII case, or "n't"/"n’t" as written: one search for the three. */
const NOT_OR_NT = / [Nn][Oo][Tt] |n['’]t/;
/** A denial, but not of "reports" or "claims" ("denied reports that 1,000 died"): their count is still the reports' toll. */
const DENIAL = /\b(?:denial|denials|denied|denies|deny|denying)\b(?!\s+(?:the\s+)?(?:reports?|claims?|allegations?|accounts?)\b)[^,;:.!?]*$/i;
const NEGATED_CAUSE = /\b(?:was|is|were|are|had|has)(?:n['’]t|\s+not)\s+(?:been\s+)?(?:the\s+)?(?:reason|cause)\s+(?:for|of|behind)\b[^,;:.!?]*$/i;

/** "has claimed 37 lives", "claiming more than 30 lives": lives a disaster claimed are its dead. */
export const claimsLives = (wordAhead: string, unit: string | null): boolean => unit === 'lives' && CLAIM_VERBS.has(wordAhead.toLowerCase());
const CLAIM_VERBS = new Set(['claimed', 'claims', 'claiming', 'claim', 'cost', 'costing']);
/** "have claimed the lives of more than 400 protesters", "took the lives of 12": the number after it counts the dead. */
export const livesOfBefore = (before: string): boolean => hasAsciiWord(before, 'lives of ') && LIVES_OF.test(before);
const LIVES_OF = new RegExp(String.raw`\b(?:${[...CLAIM_VERBS, 'took', 'taken', 'taking', 'take', 'takes'].join('|')})\s+the\s+lives\s+of\s+$`, 'i');

/**
 * "among the 10 rebels they've supposedly killed", "the 40 fighters it allegedly captured": a count
 * the speaker doubts, told as another party's claim; the speaker gives no toll of their own.
 */
export function doubted(text: string, hit: NumberHit, clauseEnd: number): boolean {
  const after = text.slice(hit.end, Math.min(clauseEnd, hit.end + 60));
  // The three adverbs share "edly": one search spares the expression on every other figure.
  return hasAsciiWord(after, 'edly') && DOUBTED_AFTER.test(after);
}
const DOUBTED_AFTER = /^(?:\s+[\p{L}-]+){1,2}\s+(?:they|he|she|it|we)(?:['’](?:ve|d|s)|\s+(?:have|had|has))?\s+(?:supposedly|allegedly|purportedly)\b/iu;

/**
 * "with over 100 confirmed killed but reports by rights groups ranging as high as 300": a rival count
 * in a clause opened by "but reports" or "but estimates" bounds the toll of the event named before
 * it in the sentence, where that clause names no event of its own. `from` is where the figure before ends.
 */
export function rivalEstimateEvent(text: string, sentence: Range, from: number, phraseStart: number): string | null {
  const between = text.slice(from, phraseStart);
  if (!hasAsciiWord(between, 'but ')) return null;
  const m = RIVAL_CLAUSE.exec(between);
  if (!m) return null;
  ABOUT_RE.lastIndex = 0;
  if (ABOUT_RE.test(between.slice(m.index))) return null;
  return eventBefore(text, sentence.start, from + m.index);
}
/**
 * "but reports", "but other estimates" (not "but estimates of the crowd": of something else), "but the unofficial toll":
 * a rival count's clause opens.
 */
export const RIVAL_OPENER = String.raw`\bbut\s+(?:(?:(?:other|unofficial|independent|local|some)\s+)?(?:reports|estimates)\b(?!\s+of\b)|the\s+unofficial\s+(?:death\s+)?(?:toll|count|tally|figure)\b)`;
const RIVAL_CLAUSE = new RegExp(RIVAL_OPENER, 'i');

/** Singular auxiliaries: their subject is not a count of several. */
const SINGULAR_VERB = /\b(?:has|was|is)\b/i;

/**
 * The event named last in text[from, to), or null. "confirmed dead or listed as missing", "killed or
 * injured": two events joined by "or" count one group of both, no count of either (null).
 */
export function eventBefore(text: string, from: number, to: number): string | null {
  let last: string | null = null;
  let lastEnd = -1;
  const before = text.slice(from, to);
  ABOUT_RE.lastIndex = 0;
  for (let m = ABOUT_RE.exec(before); m; m = ABOUT_RE.exec(before)) {
    if (oneHarmed(before, m)) continue;
    const event = eventOf(m);
    last = last !== null && event !== last && EITHER_EVENT.test(before.slice(lastEnd, m.index)) ? null : event;
    lastEnd = m.index + m[0].length;
  }
  return last;
}
/** What joins two events counted as one group: "or", then at most two words ("listed as"). */
const EITHER_EVENT = /^\s+or\s+(?:[a-z]+\s+){0,2}$/;
