import type { Span } from '../extract/types';
import { hasLowerWord, someAsciiWord } from '../extract/ascii-words';
import { lastWord } from '../extract/scan';
import { CIVILIAN_NOUNS, COMBATANT_NOUNS, CROWD_NOUNS, DEMONYMS, MONTHS, POLICE_NOUNS, TROOP_NOUNS, WEEKDAYS } from '../extract/lexicon';
import { sideOfDead } from '../extract/figures/parts';
import { RIVAL_OPENER } from '../extract/figures/figure-events';
import { tollScope } from './toll-scopes';
import { samePlaces } from './figure-places';

/**
 * Counted nouns that name no group of their own: a count of everyone the event struck. "Men" is how
 * reports most often name people they know nothing else of ("police arrested two men"); "the tally of
 * those detained" names no group either; nor do "arrests" and "injuries" (one per person counted), and the
 * "pilgrims" of a pilgrimage's toll are everyone it struck, as the "passengers" of a boat's or a plane's are; nor do the "lives" a
 * disaster claimed; "corpses" and "cadavers" count the dead as "bodies" do ("a governor counted 40 corpses" against officials' 42 dead).
 */
const EVERYONE = new Set([
  'people', 'persons', 'person', 'individuals', 'victims', 'bodies', 'deaths', 'fatalities', 'arrests', 'injuries', 'pilgrims', 'them', 'those', 'men', 'lives',
  'passengers', 'martyrs', 'corpses', 'cadavers',
]);

/**
 * The group a toll counts, by the head noun of its unit: '' for everyone ("people", "bodies", no
 * noun), else the class of the noun (SIDES) or the noun itself ("children", "girls"). Why: an article
 * gives the toll of a group beside the toll of all ("31 killed, including several civilians … at least
 * nine civilians died"), and those are part and whole, not one toll told two ways. Two sources disagree
 * only about counts of the same group; the price is a miss where one says "people" and the other "civilians".
 */
function groupOf(unit: string | null | undefined, after: string, named?: string): string {
  // "a dozen of the dead were from the rebel movement": the dead of the side named after them.
  const side = unit || named ? undefined : sideOfDead(after);
  if (side) return sideOf(side.toLowerCase()) ?? side.toLowerCase();
  if (unit) return groupOfHead(headNoun(unit)) ?? headNoun(unit);
  // "two of the women … died", "13 of the Varn Front forces were killed": no noun of its own, the count is taken out of the
  // group named after it; "the toll among the Varn Front forces at four" names it before.
  if (named === undefined && OF_THOSE_WHO.test(after)) return '';
  const phrase = named ?? OF_THE_PHRASE.exec(after)?.[1] ?? OF_THE.exec(after)?.[1];
  return phrase === undefined ? '' : groupOfPhrase(phrase);
}
/**
 * The class of a head noun: '' for everyone, its side, or undefined for a noun of no class. A nationality ("killed 26 Varnians")
 * is how a report names everyone an attack in that country struck; a foreign group among them is told as a part ("including
 * three Kelmorians"), which the part rules of toll-updates.ts set apart.
 */
const groupOfHead = (head: string): string | undefined => (EVERYONE.has(head) || DEMONYMS.has(head) ? '' : sideOf(head));
/** Whether `unit` counts people of one nation ("Iraqis", "Americans"). */
export const countsNationals = (unit: string): boolean => DEMONYMS.has(headNoun(unit));
/**
 * A group named by a phrase of its own ("the Varn Front forces"): its head's class, else the whole phrase, since its
 * qualifier tells groups apart where the head does not ("government forces" and "the Varn Front forces" are two sides).
 */
const groupOfPhrase = (phrase: string): string => groupOfHead(headNoun(phrase)) ?? phrase.toLowerCase();
/** The last word of a counted noun phrase, in lower case ("army soldiers" → "soldiers"). */
export const headNoun = (unit: string): string => lastWord(unit).toLowerCase();
/** The side (SIDES) a head noun names, if any. */
const sideOf = (head: string): string | undefined => SIDES.find(([, nouns]) => nouns.has(head))?.[0];
const OF_THE = /^ of (?:the|these|those) ([\p{L}-]+)/u;
/** "all 45 of those it says died", "12 of those who died": "those" with a clause of its own is everyone it counts. */
const OF_THOSE_WHO = /^ of (?:those|them) (?:who|whom|that|which|it|they|he|she|we)\b/;
/** "of the Varn Front forces were killed": up to three words of the group, ended by its verb or a clause break. */
const OF_THE_PHRASE = /^ of (?:the|these|those) ((?:[\p{L}-]+ ){0,2}?[\p{L}-]+)(?= (?:were|was|are|is|have|has|had|who|died)\b|[,.;:])/u;
/**
 * "put the number killed at 13, all of them civilians", "13 people died, all civilians", "the 13 dead were all soldiers": a count
 * the clause says is all of one side counts that side. Why: read as everyone, it would never meet the other source's count of
 * the side ("at least 11 civilians"), the very disagreement told.
 */
function allOfSide(after: string): string | undefined {
  const m = hasLowerWord(after, 'all') ? ALL_OF.exec(after) : null;
  return m ? sideOf(m[1]!.toLowerCase()) : undefined;
}
const ALL_OF = /^(?: [\p{L}-]+){0,3}(?:,| (?:were|are))? all(?: of them)? ([\p{L}-]+)\b/u;

/**
 * Classes of nouns that name one side whatever the word: the same dead are "rebels" to one source and
 * "gunmen" or "a guerrilla" to the other. Soldiers are a side of their own, and so is the police, whose dead one
 * source counts as "officers", another as "police" or "policemen"; "people" joins none.
 */
const SIDES: readonly (readonly [string, ReadonlySet<string>])[] = [
  ['side:combatants', COMBATANT_NOUNS],
  ['side:civilians', CIVILIAN_NOUNS],
  ['side:troops', TROOP_NOUNS],
  ['side:police', POLICE_NOUNS],
  ['side:protesters', protestNouns()],
];

/**
 * The crowd nouns that name what a crowd came to do (CROWD_NOUNS less everyone's words and those who attend): "protesters", "protestors" (one word
 * spelt two ways), "demonstrators", "marchers". In a crackdown these are one group of dead, whichever word a source uses.
 */
function protestNouns(): ReadonlySet<string> {
  return new Set([...CROWD_NOUNS].filter((noun) => !EVERYONE.has(noun) && noun !== 'persons' && noun !== 'participants' && noun !== 'attendees'));
}

/**
 * "about 450 civilians died in the hall", then "officials put the dead of the strike at no fewer than 200"; "18 bodies were
 * found at the mine", then "a count of 22 hostages found dead": a count of the civilians (or the hostages) of an event larger than
 * a count of everyone of it, in the same scope, is no part of that whole but a rival count of the same dead, and all the counts of
 * that group join everyone's (of a place that may be the same). Not where a count of an armed side (soldiers, fighters, police) of the scope splits the dead: then
 * "civilians" names one part. A smaller count of civilians beside a toll of all ("30 killed … 12 civilians") stays a part.
 * Why: the two sources' disagreement, the very thing told, was set apart as two groups. New group keys, by value.
 */
export function victimsAsEveryone<V extends { value: number; upTo: number | null }>(
  values: readonly V[],
  groups: ReadonlyMap<V, string>,
  placeOf: (v: V) => string,
): Map<V, string> {
  const out = new Map<V, string>();
  if (!values.some((v) => VICTIMS.has(baseOf(groups.get(v))))) return out;
  for (const scope of new Set(values.map((v) => scopeOf(groups.get(v))))) {
    const inScope = values.filter((v) => scopeOf(groups.get(v)) === scope);
    if (inScope.some((v) => ARMED.has(baseOf(groups.get(v))))) continue;
    const everyone = inScope.filter((v) => baseOf(groups.get(v)) === '');
    for (const victims of VICTIMS) {
      const counted = inScope.filter((v) => baseOf(groups.get(v)) === victims);
      const beyond = (v: V) => everyone.some((e) => v.value > (e.upTo ?? e.value) && samePlaces(placeOf(v), placeOf(e)));
      if (counted.some(beyond)) for (const v of counted) out.set(v, scope);
    }
  }
  return out;
}
/**
 * Protesters too: "security forces killed at least 210 people in the unrest", then "a monitor said over 600 marchers were believed
 * dead": the larger count of the protesters is a rival count of the same dead, as the civilians' is.
 */
const VICTIMS: ReadonlySet<string> = new Set(['side:civilians', 'hostages', 'side:protesters']);
const ARMED: ReadonlySet<string> = new Set(['side:combatants', 'side:troops', 'side:police']);
/** A group key's group ("side:civilians" of "side:civilians@since") and its scope ("@since", or ''). */
const baseOf = (key: string | undefined): string => (key === undefined ? '' : key.split('@', 1)[0]!);
const scopeOf = (key: string | undefined): string => (key === undefined || !key.includes('@') ? '' : key.slice(key.indexOf('@')));

/** Whether `unit` counts people of one side (SIDES): "rebels", "a guerrilla", "army soldiers". */
export const countsSide = (unit: string): boolean => sideOf(headNoun(unit)) !== undefined;

/**
 * "the total number of police injured … was 102": the group a toll counts, named before it when the
 * number has no noun of its own ("the number of people injured is 211" and "the number of the dead" count everyone).
 */
const NUMBER_OF_GROUP = /\b(?:number|toll|count|tally|total) of (?!the )([\p{L}-]+) (?:injured|wounded|hurt|killed|dead|arrested|detained|missing)\b/iu;
function groupBefore(text: string, at: number): string | undefined {
  const before = text.slice(Math.max(0, at - 100), at);
  if (hasLowerWord(before, ' among ')) {
    const among = TOLL_AMONG.exec(before);
    if (among) return among[1];
  }
  return hasLowerWord(before, ' of ') ? NUMBER_OF_GROUP.exec(before)?.[1] : numberPutAgain(text, at);
}
/**
 * "Some 300 suspected smugglers were shot dead by border guards, the army says, but monitors put the number at over 500": "the
 * number" a second source puts at its count is the one its sentence told first, of the same people.
 */
function numberPutAgain(text: string, at: number): string | undefined {
  const before = text.slice(Math.max(0, at - PUT_AGAIN_REACH), at);
  if (!hasLowerWord(before, 'put ') || !PUT_FIGURE_AT.test(before)) return undefined;
  const noun = COUNT_TOLD_FIRST.exec(before)?.[1];
  return noun === undefined ? undefined : headNoun(noun);
}
const PUT_AGAIN_REACH = 240;
/** A number, its noun (one to four words, a second noun after "and"), a passive verb, then the sentence with no number up to "put". */
const COUNT_TOLD_FIRST =
  /\d[\d,]* ((?:[\p{L}-]+ ){0,3}?[\p{L}-]+)(?: and [\p{L}-]+)? (?:have been|has been|had been|were|was) \p{L}+(?:ed|en)\b[^.;:!?\d]*\bput (?:the|that) (?:figure|number|count|total|estimate) at [^.;:!?\d]*$/u;
/** "put the death toll among the Varn Front forces at four": the group named, then the words up to the count. */
const TOLL_AMONG = /\b(?:toll|number of dead|count|tally) among (?:the|its|their) ((?:[\p{L}-]+ ){0,2}?[\p{L}-]+) (?:at|was|is|stood|stands|to)\b[^.;:!?\d]*$/iu;

/**
 * "Accounts differ on the number of miners who were underground. The company put the figure at 90, …": a count that puts "the
 * figure" at a number the words before name as the people who were inside (aboard, underground) counts those people, no toll of
 * the dead, whatever event extraction gives it. Their noun, in lower case.
 */
function presentBefore(text: string, at: number): string | undefined {
  const before = text.slice(Math.max(0, at - PRESENT_REACH), at);
  if (!hasLowerWord(before, 'number of') || !PUT_FIGURE_AT.test(before)) return undefined;
  return NUMBER_PRESENT.exec(before)?.[1]?.toLowerCase();
}
const PRESENT_REACH = 240;
const PUT_FIGURE_AT = /\bput (?:the|that|this|its|their) (?:figure|number|count|total|estimate) at (?:only )?(?:around |about |some |nearly |more than |over |at least )?$/i;
/** "the number of staff who were inside", then words with no number up to the count. */
const NUMBER_PRESENT =
  /\b(?:number|count) of ([\p{L}-]+) (?:who|that) (?:were|was|had been) (?:inside|in|at|aboard|on board|underground|trapped)\b[^\d]*$/iu;
/**
 * "civilian deaths in Ostra stood at 1,500", "military casualties stood at 40": a count with no noun of its own told as
 * the deaths of one side (an adjective before "deaths") counts that side, as "1,500 civilians" would. Its noun, in the plural.
 */
function sideDeathsBefore(text: string, at: number): string | undefined {
  const before = text.slice(Math.max(0, at - 80), at);
  if (!hasLowerWord(before, 'deaths') && !hasLowerWord(before, 'casualties') && !hasLowerWord(before, 'fatalities')) return undefined;
  const noun = SIDE_DEATHS.exec(before)?.[1];
  return noun !== undefined && countsSide(`${noun}s`) ? `${noun.toLowerCase()}s` : undefined;
}
const SIDE_DEATHS = /\b([\p{L}]+) (?:deaths|casualties|fatalities)\b[^.;:!?\d]{0,40}$/iu;
/**
 * "4,000 of our workers", "two of its members": a count of the source's own people. Two parties that
 * each count their own detained members give two tolls of two groups, not one toll told two ways.
 */
const OF_OWN = /^ of (?:our|their|its|his|her|my) ([\p{L}-]+)/iu;
/**
 * "Varn said 212 of its nationals died in the crush. … Varn's news agency listed the 212 nationals it said had died.": the same
 * number of the same noun that the text tells elsewhere as a party's own people (OF_OWN) is that count told again, a count of
 * the party's own, no rival of the toll of everyone. Why: the agency's list of its own country's dead stood in the row against
 * the host's toll of all the dead.
 */
function ownCountAgain(text: string, span: Span, unit: string): boolean {
  if (!ownWordsIn(text)) return false;
  const number = /\d[\d,]*$/.exec(text.slice(span.start, span.end))?.[0];
  if (number === undefined) return false;
  const head = headNoun(unit).replace(/[^\p{L}-]/gu, '');
  return new RegExp(String.raw`(?<![\d,.])${number} of (?:our|their|its|his|her|my) (?:own )?${head}\b`, 'iu').test(text);
}
const OWN_WORDS = [' of our ', ' of their ', ' of its ', ' of his ', ' of her ', ' of my '];
/** Whether the text says OWN_WORDS anywhere (read once per text: each toll asks, and six scans of the whole text were 3% of the rows' time). */
function ownWordsIn(text: string): boolean {
  if (text !== ownWordsText) {
    ownWordsText = text;
    ownWordsFound = OWN_WORDS.some((word) => text.includes(word));
  }
  return ownWordsFound;
}
let ownWordsText: string | undefined;
let ownWordsFound = false;
/**
 * "disputed the official death toll, saying only two of their fighters were killed": a count of one's own
 * people told against the toll of the group they are part of is a rival count of that group.
 */
function disputesToll(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 90), at);
  return hasLowerWord(before, 'toll') && DISPUTED_TOLL.test(before);
}
const DISPUTED_TOLL = /\b(?:disputed|disputing|rejected|rejecting|denied|denying|contested|contesting)\s+(?:the|that)\s+(?:official\s+)?(?:death\s+)?toll\b[^.;:!?\d]*$/i;

/**
 * The group a toll at `span` counts, as a key: its own people's count is the source's alone ("own:"
 * and the source), else the group named by its unit, after it or before it ('' for everyone), with the
 * incident, period, day or areas its clause scopes it to (toll-scopes.ts).
 */
export function tollGroup(unit: string | null | undefined, text: string | undefined, span: Span | null, source: string | null): string {
  const after = text !== undefined && span ? text.slice(span.end, span.end + 60) : '';
  const own = OF_OWN.exec(after);
  const disputing = own !== null && text !== undefined && span !== null && disputesToll(text, span.start);
  if (own && !disputing) return `own:${source ?? ''}`;
  if (!own && unit && text !== undefined && span && ownCountAgain(text, span, unit)) return `own:${source ?? ''}`;
  const named = !unit && text !== undefined && span ? (disputing ? own![1] : groupBefore(text, span.start) ?? sideDeathsBefore(text, span.start)) : undefined;
  const present = !unit && text !== undefined && span ? presentBefore(text, span.start) : undefined;
  const group = present !== undefined ? `present:${present}` : text !== undefined && span && comparedWithToll(text, span.start) ? '' : allOfSide(after) ?? groupOf(unit, after, named);
  const incident = text !== undefined && span ? dayIncident(text, span.start) ?? periodSince(text, span.start, span.end) ?? tollScope(text, span) : null;
  const grade = harmGrade(after);
  const graded = grade === null ? group : `${grade}:${group}`;
  return incident === null ? graded : `${graded}@${incident}`;
}

/**
 * "four critically injured patients were flown to Varn", "six people were seriously hurt": the worst hurt are a part of the
 * injured, told beside the count of all of them (">20 injured … four critically injured"), no rival count of it.
 */
const severelyHarmed = (after: string): boolean => after.includes('ly ') && SEVERELY_HARMED.test(after);
/**
 * "Eight were in critical condition, five others in stable condition": the injured counted by their condition are parts of the
 * injured, each grade its own ('severe' for the worst hurt, as severelyHarmed, 'stable' for the rest), no rival of another
 * source's count of all of them. Why: the stable nine stood in the row against a count of over 30 injured.
 */
function harmGrade(after: string): string | null {
  if (severelyHarmed(after)) return 'severe';
  const condition = after.includes(' condition') ? IN_CONDITION.exec(after)?.[1]?.toLowerCase() : undefined;
  if (condition === undefined) return null;
  return STABLE_CONDITIONS.has(condition) ? 'stable' : 'severe';
}
/** The count's noun (two words at most), "were (listed) in (a) serious/stable … condition". */
const IN_CONDITION =
  /^(?: [\p{L}-]+){0,2}? (?:(?:were|are|was|is|remain|remains|remained|have been|had been) )?(?:(?:listed|reported|said to be) )?in (?:an? )?(serious|critical|grave|poor|severe|stable|fair|good|satisfactory)\b[^.;:!?\d]{0,20}?\bcondition\b/iu;
const STABLE_CONDITIONS = new Set(['stable', 'fair', 'good', 'satisfactory']);
const SEVERELY_HARMED = /^(?: [\p{L}-]+){0,2}? (?:(?:were|are|was|is|have been|had been) )?(?:critically|seriously|severely|gravely|badly) (?:injured|wounded|hurt|burned|burnt)\b/iu;

/**
 * "said the toll was below the figure given by the Varn Monitor, which has counted 150 marchers dead": a
 * count the sentence gives as the number a toll is set against is a count of that toll, whatever group its noun names. Why: read
 * as a count of protesters alone, the very disagreement the sentence tells never met the toll (of everyone).
 */
function comparedWithToll(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - COMPARED_REACH), at);
  return hasLowerWord(before, ' than ') && COMPARED_WITH_TOLL.test(before);
}
const COMPARED_REACH = 200;
const COMPARED_WITH_TOLL =
  /\b(?:death )?toll\b[^.;:!?\d]{0,40}?\b(?:lower|higher|smaller|larger|greater|less|more) than (?:the|a|an|its|their) (?:[\p{L}-]+ ){0,2}?(?:number|toll|figure|count|tally|estimate|total)\b[^.;:!?\d]*$/iu;

/**
 * "the death toll since the protests began on Jan. 25 …, with well over 100 killed", "40 have died since
 * March", "more than 17,000 people have been killed in the uprising": the total of a period up to now (a whole war's
 * or uprising's), which a report of one day's clashes or one massacre tells beside that day's toll. Why: the day's
 * count is part of the period's total, not a rival count of it.
 */
function periodSince(text: string, at: number, end: number, rival = true): string | null {
  const before = text.slice(Math.max(0, at - INCIDENT_REACH), at);
  const after = text.slice(end, end + INCIDENT_REACH);
  const since =
    (hasLowerWord(before, 'since ') && sinceNotRecord(before, SINCE_BEFORE.exec(before)) && !sinceOfSubject(before)) ||
    (hasLowerWord(after, 'since ') && sinceNotRecord(after, SINCE_AFTER.exec(after))) ||
    (someAsciiWord(after, CONFLICT_WORDS) && IN_CONFLICT.test(after));
  return since ? 'since' : rival ? rivalsPeriod(text, at) ?? toldBesidePeriod(text, at) ?? butTollAfterPeriod(text, at) : null;
}
/**
 * "The number killed since the marches began on May 2 stands at 31, officials said. But the Varn Rights League put the toll at
 * over 50.": a sentence opening on "But" that puts "the (death) toll" at a count, naming no day of its own, is a rival of the
 * period's total the sentence before ends on (its last number), and counts that period. Why: read as unscoped, the league's
 * total stood against one day's dead and never met the officials' total.
 */
function butTollAfterPeriod(text: string, at: number): string | null {
  const before = text.slice(Math.max(0, at - BUT_TOLL_REACH), at);
  if (!hasLowerWord(before, 'but') || !before.includes(' toll at ')) return null;
  const opening = OPENING_SENTENCE.exec(before);
  if (opening === null || !BUT_PUT_TOLL.test(opening[0])) return null;
  const m = LAST_NUMBER_OF_SENTENCE.exec(before.slice(0, opening.index));
  if (!m) return null;
  const start = at - before.length + m.index;
  return periodSince(text, start, start + m[1]!.length, false);
}
/**
 * "The monitor has counted 6,100 civilians killed during the war, while officials said their own tally stood at 7,900 dead": a
 * count another source is said to give in a clause joined to a count of the whole period, with no number between,
 * is its rival, a count of the same period (no rival of one attack's toll the article tells of). Why: read as unscoped, the
 * officials' war total stood against one market's toll and never met the monitor's.
 */
function toldBesidePeriod(text: string, at: number): string | null {
  const before = text.slice(Math.max(0, at - BESIDE_REACH), at);
  if (!before.includes(', ')) return null;
  const m = BESIDE_NUMBER.exec(before);
  if (!m) return null;
  const start = at - before.length + m.index;
  return periodSince(text, start, start + m[1]!.length, false);
}
const BESIDE_REACH = 220;
/** The last number before the count, then its clause, ", and/while/but", a reporting verb, and words up to the count. */
const BESIDE_NUMBER =
  /(\d[\d,.]*)[^.;:!?\d]*?, (?:and|while|but|whereas) [^.;:!?\d]*?\b(?:said|says|say|reported|reports|estimated|estimates|counted|documented|recorded)\b[^.;:!?\d]*$/i;
/**
 * "with well over 100 killed but reports by rights groups ranging as high as 300": a rival estimate
 * (RIVAL_OPENER) counts the period of the number it rivals, which the period's words stand before.
 */
function rivalsPeriod(text: string, at: number): string | null {
  const before = text.slice(Math.max(0, at - INCIDENT_REACH), at);
  const m = hasLowerWord(before, 'but ') ? RIVALLED_NUMBER.exec(before) : null;
  if (!m) return null;
  const start = at - before.length + m.index;
  return periodSince(text, start, start + m[0].length, false);
}
/** The last number before a rival estimate's opener, with only words between. */
const RIVALLED_NUMBER = new RegExp(String.raw`\d[\d,.]*(?=[^.;:!?\d]*${RIVAL_OPENER}[^.;:!?\d]*$)`, 'i');
const MONTH = [...MONTHS].join('|');
const WEEKDAY = [...WEEKDAYS].join('|');
const BUT_TOLL_REACH = 400;
/** The count's sentence up to it, from its opening (after the stop of the sentence before). */
const OPENING_SENTENCE = /(?<=[.!?]["”]?\s+)[^.!?\n]*$/;
/** "But <who, when> put the (death) toll at (over)": no number, and no day of its own ("on Monday", "on May 2"). */
const BUT_PUT_TOLL = new RegExp(
  String.raw`^["“]?But\b(?![^\d]*\b(?:on|for) (?:${WEEKDAY}|${MONTH})\b)[^\d]*\b(?:put|puts|placed|places|set|sets) the (?:death )?toll at (?:at least |more than |about |around |some |nearly |over )?$`,
  'i',
);
/** The last number of the sentence before (then only words up to its stop). */
const LAST_NUMBER_OF_SENTENCE = /(\d[\d,]*)[^\d.!?]*[.!?]["”]?\s+$/;
/** "since <date>", "since <the events> began [on <date>]" or "since the truce took effect"; a bare "since" ("since it rained") is a cause, not a period. */
const SINCE = String.raw`\bsince (?:(?:the |this |last )?[\p{L}'’ -]{1,40}? (?:began|started|erupted|broke out|took hold|took effect|(?:came|went) into (?:effect|force))(?: (?:on|in) (?:(?:${MONTH})\.? )?\d{1,4}(?:, \d{4})?)?|(?:${MONTH})\.?(?: \d{1,2})?(?:,? \d{4})?|(?:1[6-9]|20)\d\d)\b`;
/**
 * A "since" that dates a period, not a record's: "the rally was the largest since the strikes started, … 330,000 marched" (or
 * "the deadliest since 2009") compares this one event with those before it, whose count it still is, so it joins its rivals
 * that say no "since".
 */
function sinceNotRecord(words: string, m: RegExpExecArray | null): boolean {
  if (!m) return false;
  const at = m.index + m[0].search(/since/i);
  const before = lastWord(words.slice(Math.max(0, at - 24), at).trimEnd()).toLowerCase();
  return !(before.endsWith('est') || RECORD_WORDS.has(before));
}
const RECORD_WORDS = new Set(['worst', 'yet', 'most', 'least', 'first']);
/**
 * "Rebels, who have held the town since 2019, said 14 civilians died": a "since" inside a relative clause set between commas
 * tells how long the subject has done something, not the period the count after the clause covers (one attack's dead).
 */
const sinceOfSubject = (before: string): boolean => (before.includes(', who ') || before.includes(', which ')) && SINCE_OF_SUBJECT.test(before);
const SINCE_OF_SUBJECT = /, (?:who|which) [^,.;:!?\d]*\bsince [^,.;:!?]*, [^.;:!?\d]*$/i;
/** SINCE with words up to the figure, or from it, that hold no clause break or other number. */
const SINCE_BEFORE = new RegExp(`${SINCE}[^.;:!?\\d]*$`, 'iu');
const SINCE_AFTER = new RegExp(`^[^.;:!?\\d]*${SINCE}`, 'iu');

/** Words that name a whole conflict, of which one attack or one day is a part ("fighting" may be the story's own clash). */
const CONFLICT_WORDS = ['uprising', ' war', 'conflict', 'insurgency', 'revolt', 'rebellion', 'revolution'];
/** The figure's words, then "in/during/throughout the (two-year) uprising/war/…" with no number or clause break between. */
const IN_CONFLICT = /^[^.;:!?\d]{0,50}?\b(?:in|during|throughout|over) (?:the|this|that|its|their|a) (?:[\p{L}-]+ ){0,2}?(?:uprising|war|conflict|insurgency|revolt|rebellion|revolution)\b/iu;

/**
 * "raised the number of dead in Friday's bomb blast to eight", "the toll from Monday's raid stands at
 * 9": a toll of one incident named by its day, which an article about several (a blast, then a
 * shooting) tells beside the others' tolls and their total. Why: set against them it would read as a
 * rival count of one source's own figures.
 */
function dayIncident(text: string, at: number): string | null {
  const before = text.slice(Math.max(0, at - SENTENCE_REACH), at);
  if (!before.includes('’s ') && !before.includes("'s ")) return null;
  const m = DAY_INCIDENT.exec(before.slice(-INCIDENT_REACH));
  return m ? `${m[1]!.toLowerCase()} ${m[2]!.toLowerCase()}` : incidentOfSentence(before);
}
/**
 * "In Tuesday's deadliest blast, a truck bomb left at least 17 dead and 35 hurt, police said. The army said the bomb sat in a
 * stolen van; it gave a count of eight.": every count of a sentence that opens on one day's incident is that incident's, and so
 * is one whose sentence refers back to "the bomb" right after it (a rival of the first, no rival of the day's total).
 */
function incidentOfSentence(before: string): string | null {
  // Either sentence lies in `before`: with no opener anywhere in it, there is none to find.
  if (!DAY_INCIDENT_ANYWHERE.test(before)) return null;
  const own = before.slice(before.search(OWN_SENTENCE));
  const previous = BACK_TO_INCIDENT.test(own) ? PREVIOUS_SENTENCE.exec(before.slice(0, before.length - own.length).trimEnd())?.[1] : undefined;
  const m = DAY_INCIDENT_OPENER.exec(own) ?? (previous === undefined ? null : DAY_INCIDENT_OPENER.exec(previous));
  return m ? `${m[1]!.toLowerCase()} ${m[2]!.toLowerCase()}` : null;
}
const INCIDENT_REACH = 120;
/** How far back a count's sentence and the one before it are read for the incident they tell of. */
const SENTENCE_REACH = 400;
const INCIDENT_NOUNS = 'blast|bombing|explosion|attack|shooting|crash|fire|raid|strike|collision';
/** "the bomb", "the blast", "that attack": the count's own sentence, up to it, names an incident told before. */
const BACK_TO_INCIDENT = new RegExp(String.raw`\b(?:the|that) (?:bomb|bomber|${INCIDENT_NOUNS})\b[^\d]*$`, 'i');
/** A sentence ends at a stop before a capital ("U.S. military" goes on), not after an initial. */
const STOP = String.raw`(?<!\b\p{Lu})[.!?]["”]?\s+(?=["“]?\p{Lu})`;
const OWN_SENTENCE = new RegExp(String.raw`(?<=^|${STOP}|\n)(?:(?!${STOP})[^\n])*$`, 'u');
const PREVIOUS_SENTENCE = new RegExp(String.raw`(?:^|${STOP}|\n)((?:(?!${STOP})[^\n])+)$`, 'u');
const DAY_INCIDENT_AT = String.raw`In (${WEEKDAY})['’]s (?:[\p{L}-]+ ){0,2}?(${INCIDENT_NOUNS})\b`;
/** A sentence that opens on "In <weekday>'s (worst) <incident>,". */
const DAY_INCIDENT_OPENER = new RegExp(`^["“]?${DAY_INCIDENT_AT}`, 'iu');
const DAY_INCIDENT_ANYWHERE = new RegExp(DAY_INCIDENT_AT, 'iu');
/** "in/from <weekday>'s", at most two words, the incident's noun, then words with no number or clause break up to the figure. */
const DAY_INCIDENT = new RegExp(
  String.raw`\b(?:in|from|of) (${WEEKDAY})['’]s (?:[\p{L}-]+ ){0,2}?(${INCIDENT_NOUNS})\b[^.;:!?\d]*$`,
  'iu',
);
