import type { Span } from '../extract/types';
import { hasAsciiWord } from '../extract/chars';
import { hasLowerWord, someAsciiWord } from '../extract/ascii-words';
import { FUNCTION_WORDS, MONTHS, WEEKDAYS } from '../extract/lexicon';
import { SMALL } from '../extract/figures/number-words';
import { oneAndOthers } from './one-and-others';
import { textSentences } from './text-sentences';

/**
 * The scope a toll's own clause gives it, as part of its group key (null for none): another event's
 * toll (a past year's or month's), a count of others besides those told of, one hospital's share (atFacility), a town's, district's or
 * valley's toll, one site's of an attack ("at the market"), one day's or one
 * night's count ("died overnight", "were killed on Saturday", "in the past 24 hours"), or a total over
 * several areas ("killed 64 people in three states"). Why: a day's count is part of the story's total,
 * and a total over several areas holds each area's own toll; neither is a rival of the other.
 */
export function tollScope(text: string, span: Span): string | null {
  const before = text.slice(Math.max(0, span.start - BEFORE_REACH), span.start);
  if (hasLowerWord(before, 'separate ') && SEPARATE_EVENT.test(before)) return 'separate';
  const after = text.slice(span.end, span.end + SCOPE_REACH);
  if ((hasLowerWord(after, 'another ') || hasLowerWord(after, 'separate ')) && SEPARATE_AFTER.test(after)) return 'separate';
  if (hasLowerWord(before, ' after ') && DAYS_BEFORE.test(before)) return 'days-before';
  if (hasLowerWord(after, 'when ') && ONE_OF_BOATS_AFTER.test(after)) return 'one-boat';
  if (yearSoFar(before, after)) return 'this-year';
  const earlier = earlierEvent(before) ?? yearAfter(after) ?? yearOfTotal(before) ?? MONTH_OPENER.exec(before)?.[1]?.toLowerCase() ?? pastTime(text.slice(Math.max(0, span.start - PAST_REACH), span.start)) ?? lastTime(text.slice(Math.max(0, span.start - PAST_REACH), span.start)) ?? earlierOne(before) ?? eventOfPastSentence(text, span, before) ?? earlierOfSentenceBefore(text, span, before);
  if (earlier) return `earlier:${earlier}`;
  if (hasLowerWord(before, 'includ') && INCLUDED.test(before)) return 'included';
  if (SERIES.test(before)) return 'series';
  if (OTHERS.test(after) && !woundedBesidesDead(before, after) && !oneAndOthers(text, span)) return 'others';
  if (hasLowerWord(after, ' others') && BEFORE_OTHERS.test(after) && !OTHERS_WOUNDED.test(after)) return 'before-others';
  if (atFacility(text, span, after)) return 'facility';
  if (addedUp(text, span.start)) return 'added';
  if (OWN_AREA.test(after)) return 'own-area';
  if (after.includes(' on the ground') && ON_THE_GROUND.test(after)) return 'ground';
  const local = localPlace(before, after) ?? listedPlace(before, after) ?? tollOfEachPlace(before, after);
  if (local && local !== storyPlace(text)) return `local:${local.toLowerCase()}`;
  const found = SITE_FOUND.exec(after);
  const site = ((SITE_OPENER.exec(before) ?? SITE_AFTER.exec(after))?.[1] ?? found?.[1] ?? found?.[2] ?? someOfSites(after))?.toLowerCase();
  if (site && site !== 'scene') return `site:${site}`;
  if (hasLowerWord(after, 'in ')) {
    const areas = OVER_AREAS.exec(after);
    if (areas) return `areas:${areas[1]!.toLowerCase()}`;
  }
  if (hasLowerWord(before, ' alone') && ALONE_BEFORE.test(before)) return 'alone';
  const window = windowBefore(before) ?? dayOfEvent(before);
  if (window) return `day:${window}`;
  if (!someAsciiWord(after, DAY_WORDS)) return null;
  const day = DAY_AFTER.exec(after);
  return day ? `day:${(day[1] ?? day[2])!.toLowerCase()}` : null;
}
/**
 * "The raids take the number killed in Varnia this year to about 3,100", "some 3,100 people have died there so far this year": a
 * count of the year up to now, which a report of one weekend's (or one day's) violence gives beside that violence's toll, is a running
 * total, no rival of it (another source's count of the year's dead is). Only where a toll or its verb owns "this year": "the
 * deadliest attack this year killed 40" counts the attack.
 */
function yearSoFar(before: string, after: string): boolean {
  return (hasLowerWord(before, 'this year') && YEAR_TOLL_BEFORE.test(before)) || (hasLowerWord(after, 'this year') && YEAR_SO_FAR_AFTER.test(after));
}
/** A toll (number, total) named, then "this year", then words with no number or clause break up to the count. */
const YEAR_TOLL_BEFORE = /\b(?:toll|total|tally|number (?:of [\p{L}-]+|killed|dead))\b[^.;:!?\d]{0,40}?\bthis year\b[^.;:!?\d]{0,30}$/iu;
/**
 * The count's own words, its verb of harm, then "(so far) this year" before any other number or clause break; the verb may be
 * followed by a place with no comma between ("had died on the sea crossing to Varn so far this year").
 */
const YEAR_SO_FAR_AFTER = /^[^.;:!?\d]{0,40}?\b(?:killed|died|dead|murdered|slain)\b(?:[^.;:!?\d]{0,30}?|[^.,;:!?\d]{31,40}?)\bthis year\b/iu;

/**
 * "A separate attack in a nearby village killed at least 12": the toll of another event than the
 * story's, told beside it.
 */
const SEPARATE_EVENT = /\b(?:a|in a|another) separate (?:[\p{L}-]+ ){0,2}?(?:attack|raid|bombing|blast|explosion|shooting|ambush|incident|clash|strike)\b[^.;:!?\d]*$/iu;
/** "one person was killed in another incident near Ostra": the event named after the count, in its own clause. */
const SEPARATE_AFTER = new RegExp(String.raw`^[^.;:!?\d]{0,60}?\b(?:in|during) (?:another|a separate) (?:[\p{L}-]+ ){0,2}?(?:attack|raid|bombing|blast|explosion|shooting|ambush|incident|clash|strike)\b`, 'iu');
const BEFORE_REACH = 120;
/**
 * "… 30 people have died in three sinkings. Another four drowned and one went missing when the second boat capsized": a count of one
 * of the story's several vessels, named by its order or as another, is that boat's share of the total, no rival of it. Not "when a
 * boat sank", which may tell the story's one wreck.
 */
const ONE_OF_BOATS_AFTER =
  /^[^.;:!?\d]{0,60}?\bwhen (?:a|the) (?:second|third|fourth|fifth|sixth|last|other) (?:[\p{L}-]+ )?(?:vessel|boat|ship|ferry|barge|canoe|trawler|dinghy)\b|^[^.;:!?\d]{0,60}?\bwhen another (?:[\p{L}-]+ )?(?:vessel|boat|ship|ferry|barge|canoe|trawler|dinghy)\b/iu;
/**
 * "the new death toll includes fatalities from a landslide in Ostra, where 14 people died": a count the toll is said to
 * hold, a part of it, no rival of it (another source's count of that part is).
 */
const INCLUDED = /\b(?:toll|total|tally|count|figure)\s+(?:also\s+)?(?:includes|included|including)\b[^.;:!?\d]*$/i;
/**
 * "The raids — ambushes on roads and attacks on villages — have claimed some 600 lives across Varn": a toll the sentence gives
 * to a kind of event told in the plural, in the perfect, is the running toll of a whole campaign of them, no rival of one
 * attack's toll.
 */
const SERIES =
  /(?:^|[.!?]["”]?\s+|\n)["“]?(?:The|These|Such|Those|Similar) (?:[\p{L}-]+ ){0,2}?(?:attacks|raids|bombings|clashes|airstrikes|massacres|ambushes)\b[^.;:!?\d]*\b(?:have|has|had) (?:so far |now )?(?:claimed|killed|left)\b[^.;:!?\d]*$/iu;
/**
 * "The clashes came a day after officials said 61 died in airstrikes": a toll told as the news of an earlier
 * day, another event's toll than the story's.
 */
const DAYS_BEFORE = /\b(?:a|one|two|three|four|five|several) (?:day|days|week|weeks) after (?:[\p{L}-]+ ){0,4}(?:said|says|reported|announced) (?:that )?(?:[\p{L}-]+ ){0,2}$/iu;

/**
 * "…the deadliest since 2009, when a quake … killed more than 1,100", "in March 2014, after floods killed 300": a toll in a
 * clause that a past year opens belongs to that year's event, told as background, no rival of the story's toll. Keyed by
 * the year, so two sources' tolls of that one event still meet. (Extraction already gives "the 2011 quake, which killed
 * 200" no event.)
 */
function earlierEvent(before: string): string | undefined {
  if (!hasLowerWord(before, 'when') && !hasLowerWord(before, 'after')) return undefined;
  return YEAR_WHEN.exec(before)?.[1];
}
/** "in 2014, when", "since March 2009, when", "in October 2005, after", then the clause up to the figure: no clause break, but a decimal point ("a 7.5-magnitude quake") may stand in it. */
const YEAR_WHEN = new RegExp(String.raw`\b(?:in|since) (?:(?:${[...MONTHS].join('|')})\.? (?:\d{1,2},? )?)?((?:1[89]|20)\d\d),? (?:when|after)\b(?:[^.;:!?]|\.(?=\d))*$`, 'iu');

/**
 * "At least 40 people died in 2016 when a ferry capsized off Varn": a toll whose own verb a past year dates (a month and day may
 * stand before it) is that year's event, told as background, keyed by the year as earlierEvent keys "in 2016, when … killed 40".
 * Why: joined to the story's row, the old disaster's toll read as a third source's count of the new one.
 */
const yearAfter = (after: string): string | undefined => (after.includes(' in ') ? YEAR_AFTER.exec(after)?.[1] : undefined);
const YEAR_AFTER = new RegExp(
  String.raw`^(?: [\p{L}-]+){0,3}? (?:(?:were|was|have been|had been|are|is) )?(?:killed|died|dead|injured|wounded|hurt|missing|drowned|perished) in (?:(?:${[...MONTHS].join('|')})\.? (?:\d{1,2},? )?)?((?:1[89]|20)\d\d)\b`,
  'iu',
);

/**
 * "The agency said the number of infections recorded in 2019 passed 12,000, including 430 deaths": a count inside a total its
 * clause dates by a year (any from 1800 to 2099, past or not) is that year's, keyed by the year as yearAfter keys "430 died
 * in 2019". Why: joined to the story's row, a year's national deaths stood against this week's deaths in one district.
 */
const yearOfTotal = (before: string): string | undefined => (before.includes(' in ') ? YEAR_OF_TOTAL.exec(before)?.[1] : undefined);
/** A total's noun ("cases", "the toll", "the number of infections"), at most two words, "in" and a year, then the clause up to the count, which names no other year. */
const YEAR_OF_TOTAL = /\b(?:cases|infections|deaths|toll|total|number of [\p{L}-]+)(?: [\p{L}-]+){0,2}? in ((?:1[89]|20)\d\d)\b(?:(?!\b(?:1[89]|20)\d\d\b)[^.;:!?]|\.(?=\d))*$/iu;

/**
 * "in retaliation for an earlier raid that left seven dead", "a previous attack in which": a toll of an event the clause sets
 * before the story's, no rival of its toll.
 */
const earlierOne = (before: string): string | undefined => (EARLIER_ONE.test(before) ? 'event' : undefined);
const EVENT = String.raw`(?:attack|strike|airstrike|air strike|raid|clash|bombing|blast|explosion|assault|ambush|massacre|shelling|crash)(?:e?s)?`;
const EARLIER_ONE = new RegExp(String.raw`\b(?:an?|the) (?:earlier|previous|prior) (?:[\p{L}-]+ ){0,2}?${EVENT} (?:that|which|in which)\b[^.;:!?\d]*$`, 'iu');
/**
 * "Last month, an airstrike on Varn killed dozens. Ostra Radio said at least 40 were killed in the airstrike.": a count told
 * "in the airstrike" right after a sentence that opens on a past time and names that airstrike is that earlier event's toll.
 * Keyed by the time, as pastTime keys one in its own sentence.
 */
function eventOfPastSentence(text: string, span: Span, before: string): string | undefined {
  const back = BACK_TO_EVENT.exec(text.slice(span.end, span.end + BEFORE_REACH).match(REST_OF_SENTENCE)![0])?.[1];
  if (back === undefined) return undefined;
  const own = before.slice(before.search(SENTENCE_START));
  const previous = PREVIOUS_SENTENCE.exec(text.slice(Math.max(0, span.start - own.length - BEFORE_REACH * 2), span.start - own.length))?.[1];
  const time = previous === undefined ? undefined : PAST_OPENER.exec(previous)?.[1];
  return time !== undefined && hasAsciiWord(previous!.toLowerCase(), back.toLowerCase()) ? time.toLowerCase() : undefined;
}
/**
 * "Rockets also hit a depot in Varn during an earlier raid on Tuesday night. The mayor said 6 people were hurt in that attack.": a
 * count told "in that <event>" right after a sentence that names an earlier (previous, prior) event is that event's count, whatever
 * word each gives the event. Why: set beside the count of the story's own attack, the earlier one's read as its rival.
 */
function earlierOfSentenceBefore(text: string, span: Span, before: string): string | undefined {
  const rest = text.slice(span.end, span.end + BEFORE_REACH).match(REST_OF_SENTENCE)![0];
  if (!rest.includes(' that ') || !IN_THAT_EVENT.test(rest)) return undefined;
  const own = before.slice(before.search(SENTENCE_START));
  const previous = PREVIOUS_SENTENCE.exec(text.slice(Math.max(0, span.start - own.length - BEFORE_REACH * 2), span.start - own.length))?.[1];
  return previous !== undefined && EARLIER_NAMED.test(previous) ? 'event' : undefined;
}
const IN_THAT_EVENT = new RegExp(String.raw`\bin that (?:${EVENT})\b`, 'i');
const EARLIER_NAMED = new RegExp(String.raw`\b(?:an?|the) (?:earlier|previous|prior) (?:[\p{L}-]+ ){0,2}?${EVENT}\b`, 'iu');
/** "… in the airstrike", "in that attack": the count refers back to an event named before. */
const BACK_TO_EVENT = new RegExp(String.raw`\bin (?:the|that) (${EVENT})\b`, 'i');
const REST_OF_SENTENCE = /^[^.!?\n]*/;
/** The last whole sentence of a stretch of text. */
const PREVIOUS_SENTENCE = /(?:^|[.!?]["”]?\s+|\n)([^.!?\n]+[.!?])\s*$/;
/** "Earlier this month, …", "Last week, …", "Two weeks ago, …": a sentence of a time before the story's day. */
const PAST_OPENER = /^["“]?(earlier this (?:week|month|year)|last (?:week|month|year)|(?:\p{L}+ )?(?:weeks|months|years) ago)\b/iu;

/**
 * "In March, over 300 people died in two bombings in Ostra.": a toll in a sentence a month opens, an earlier
 * event's told as background (the story's own news is told by its days), no rival of the story's toll. Keyed by the month, as
 * earlierEvent by the year.
 */
const MONTH_OPENER = new RegExp(String.raw`(?:^|[.!?]["”]?\s+|\n)In (${[...MONTHS].join('|')})\.?(?: \d{1,2})?(?:,? (?:1[89]|20)\d\d)?, [^.;:!?\d]*$`, 'iu');

/**
 * "The car bombings of two grain stores last month killed almost 90 people, and a raid near Kelm killed more than 40": a
 * toll in a sentence told as of last month or year, or months (years, a decade) ago, is an earlier event's, no rival of the story's. A toll word
 * or a rise before the count ("the toll, 40 last month, rose to 60") makes it the running total.
 */
function pastTime(before: string): string | undefined {
  if (!hasLowerWord(before, 'last ') && !hasLowerWord(before, ' ago')) return undefined;
  const sentence = before.slice(before.search(SENTENCE_START));
  const m = PAST_TIME.exec(sentence);
  return m && !RUNNING_TOTAL.test(sentence) ? m[0].toLowerCase() : undefined;
}
/**
 * "The last time the Varn union marched on a Sunday, in May, police counted 8,000": a count in a sentence opened by "the last time"
 * (or "the previous time") is of that earlier day, no rival of the story's own count.
 */
function lastTime(before: string): string | undefined {
  if (!hasLowerWord(before, 'last time') && !hasLowerWord(before, 'previous time')) return undefined;
  return LAST_TIME.test(before.slice(before.search(SENTENCE_START))) ? 'last time' : undefined;
}
const LAST_TIME = /^["“]?(?:The|At the) (?:last|previous) time\b/;
/** A sentence that a past time opens may run long before its count ("Two years ago, a mudslide of the same kind … in the hills above …, it covered … and killed"). */
const PAST_REACH = 300;
const PAST_TIME = /\b(?:last (?:month|year|decade)|(?:a|one|two|three|four|five|six|several|a few|\d+) (?:months|years|month|year|decades?) ago)\b/i;
/** Where the figure's sentence starts in the words before it (their start if none ends in them). */
const SENTENCE_START = /(?<=^|[.!?]["”]?\s+|\n)[^.!?\n]*$/;

/**
 * "At the market, at least 21 died.", "15 people … died near the station": the dead of one site of an attack on several, a
 * part of its toll, no rival of it ("at the scene" is the whole attack's).
 */
const SITE_OPENER = /(?:^|[.!?]["”]?\s+|\n)["“]?(?:At|Outside|Inside|Near) the (\p{Ll}+), [^.;:!?\d]*$/u;
const SITE_AFTER = /^[^.;:!?\d]{0,80}?\b(?:died|were killed|was killed|lay dead) (?:outside|inside|near) the (\p{Ll}+)\b/u;
/** "19 bodies were found outside a farmhouse in Ostra", "we found 19 bodies, between two barns": the dead found at one building or spot, a part of the toll. */
const SITE_FOUND =
  /^[^.;:!?\d]{0,40}?\b(?:found|recovered|discovered|counted) (?:outside|inside|near|behind|beside) (?:the|a|an|one) (\p{Ll}+)\b|^(?: [\p{L}-]+){1,3}, (?:outside|inside|near|behind|beside|between) (?:the|a|an|one|two) (\p{Ll}+)\b/u;
/**
 * "40 bodies were pulled from two of the wards": the dead found at some of the sites (floors, wards, carriages) of the one struck
 * building or train, a part of its toll, keyed by the sites' noun. Why: the firemen's count from three floors stood in the row
 * against the officials' toll of the whole factory.
 */
const someOfSites = (after: string): string | undefined => (after.includes(' of the ') ? SOME_OF_SITES.exec(after)?.[1] : undefined);
const SOME_OF_SITES = new RegExp(
  String.raw`^[^.;:!?\d]{0,40}?\b(?:found|recovered|discovered|retrieved|pulled|pulled out|counted) (?:from|on|at|in) (?:\d[\d,]*|${SMALL.slice(1, 13).join('|')}) of the (\p{Ll}+)\b`,
  'u',
);

/**
 * "Added to known deaths in Varn and Ostra, that would put the toll at more than 54,000": a total a count makes with others
 * added to it, no one's count of the toll, so no rival of the counts it adds.
 */
const addedUp = (text: string, at: number): boolean => {
  const before = text.slice(Math.max(0, at - ADDED_REACH), at);
  return (hasLowerWord(before, 'added to ') || hasLowerWord(before, 'combined with ')) && ADDED_TO.test(before);
};
const ADDED_REACH = 200;
const ADDED_TO = /\b(?:added to|combined with) (?:the )?(?:known |reported |confirmed |official )?(?:deaths|dead|tolls?|figures|counts|casualties)\b[^.;:!?\d]*$/i;
/**
 * "40,000 were confirmed dead in his territory", "in their district": the toll of the area the speaker answers for, one part
 * of the story's toll, no rival of it.
 */
/**
 * "The plane killed all 60 aboard and two people on the ground", "a farmer may also have died on the ground": the dead on the
 * ground a plane struck are a group of their own, no rival count of those aboard or of the crash's toll. Its noun, a verb, then
 * "on the ground" ("12 bodies lay on the ground" are the story's dead).
 */
const ON_THE_GROUND = /^(?: [\p{L}-]+)? (?:(?:were|was|are|is|have been|had been) )?(?:(?:killed|dead|died|injured|hurt|wounded) )?on the ground\b/iu;
const OWN_AREA = /^[^.;:!?\d]{0,40}?\bin (?:his|her|its|their|our|my) (?:own )?(?:territory|province|district|region|state|county|area|city|town|village|constituency)\b/i;

/**
 * "In Ostra, a small town near the coast, 40 deaths …", "In the nearby town of Varn, at least 31 …",
 * "31 people died in Ostra district", "in the Ostra Valley": the toll of one town or district, named by its kind, which an
 * article tells beside the toll of the whole region. Why: a part of that toll, not a rival of it.
 */
function localPlace(before: string, after: string): string | undefined {
  if (someAsciiWord(before, LOCAL_KINDS)) {
    const m = LOCAL_OPENER.exec(before);
    if (m) return m[1] ?? m[2];
  }
  if (!someAsciiWord(after, LOCAL_KINDS)) return undefined;
  const m = IN_DISTRICT.exec(after);
  return m ? m[1] ?? m[2] : undefined;
}

/**
 * "The hospital had seen about 100 patients, he said, though around 10 were already dead on arrival", "12 were brought in
 * dead": those one hospital or morgue received, its share of the toll, no rival of it. The facility is the subject of a
 * verb of receiving that opens the count's sentence, or the count was dead on arrival.
 */
function atFacility(text: string, span: Span, after: string): boolean {
  if ((hasLowerWord(after, 'arrival') || hasLowerWord(after, 'brought')) && DEAD_ON_ARRIVAL.test(after)) return true;
  if (ON_FACILITY_FLOOR.test(after)) return true;
  const before = text.slice(Math.max(0, span.start - FACILITY_REACH), span.start);
  const lower = before.toLowerCase();
  if (!someAsciiWord(lower, FACILITIES)) return false;
  return FACILITY_RECEIVED.test(before) || (STAFF_OPENER.test(before) && FACILITY_RECEIVED.test(before.slice(0, before.search(SENTENCE_START)).replace(SENTENCE_END, '')));
}
/**
 * "Kelm General Hospital reported treating dozens of wounded. Surgeon Ana Varn confirmed that two people died": a count its staff
 * give in the sentence right after the one the facility receives the wounded in is that facility's share too.
 */
const SENTENCE_END = /[.!?]["”]?\s*$/;
const STAFF_OPENER = /(?:^|[.!?]["”]?\s+)(?:[\p{L}-]+ )?(?:doctor|surgeon|specialist|physician|nurse)s? [^.;:!?]*$/iu;
const DEAD_ON_ARRIVAL = /^[^.;:!?\d]{0,40}?\b(?:dead on arrival|brought (?:in )?dead)\b/i;
/** "A photographer counted 23 dead in the clinic's courtyard", "bodies lay in the morgue's corridors": one facility's dead, counted there. */
const ON_FACILITY_FLOOR = /^[^.;:!?\d]{0,30}?\b(?:on|in) the (?:hospital|clinic|morgue|mortuary)['’]s (?:floors?|corridors?|grounds|courtyard|hallways?)\b/i;
/** Where the dead and wounded are taken, and counted. */
export const FACILITIES = ['hospital', 'clinic', 'morgue', 'mortuary'];
/** The sentence opens on a facility, then a verb of receiving, then the clause (numbers allowed) up to the count. */
const FACILITY_RECEIVED = new RegExp(
  String.raw`(?:^|[.!?]\s+)(?:(?:The|A|One|That|This|Its|Their) (?:[\p{L}-]+ ){0,3}?(?:${FACILITIES.join('|')})|(?:\p{Lu}[\p{L}-]* ){1,3}(?:${FACILITIES.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('|')})) (?:had |has |have )?(?:seen|received|treated|admitted|taken in|reported (?:treating|receiving|admitting))\b[^.;:!?]*$`,
  'u',
);
const FACILITY_REACH = 200;
const LOCAL_KINDS = ['town', 'city', 'village', 'district', 'valley'];
const NAME = String.raw`(\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)*)`;
/** At the sentence's start: "In <Name>, a (small) town/city/village" or "In the (neighbouring) town/city/village/district of <Name>", then the clause up to the figure. */
const LOCAL_OPENER = new RegExp(
  String.raw`(?:^|[.!?]\s+)In (?:${NAME}, (?:a|the) (?:[\p{Ll}-]+ ){0,2}?(?:town|city|village|district)\b|the (?:[\p{Ll}-]+ ){0,2}?(?:town|city|village|district) of ${NAME},)[^.;:!?]*$`,
  'u',
);
/**
 * "Gunmen killed at least 80 people in Tarn village, a local official said. … A lawmaker had earlier said 30 bodies were found.": a
 * village, town, district or valley the article's first sentence tells a toll in is the story's place, so a count there is the
 * story's toll, not one place's part of a wider one ("including 31 in Tarn village" still tells a part). Why: kept apart as a
 * local part, the toll never met the other sources' counts of the attack.
 */
function storyPlace(text: string): string | undefined {
  const lead = textSentences(text).sents[0];
  const body = lead ? text.slice(lead.start, lead.end) : '';
  if (!someAsciiWord(body, LOCAL_KINDS)) return undefined;
  const m = LEAD_LOCAL.exec(body);
  return m && !PART_BEFORE.test(body.slice(0, m.index)) ? m[1] ?? m[2] : undefined;
}
const LEAD_LOCAL = new RegExp(String.raw`\b\d[\d,]*[^.;:!?\d]{0,40}?\bin (?:${NAME} (?:district|village|town)|the ${NAME} Valley)\b`, 'u');
const PART_BEFORE = /\b(?:including|among them|of them)\b[^\d]*$/;
/** The figure's words, then "in <Name> district" ("in <Name> village", "in <Name> town", "in the <Name> Valley"). */
const IN_DISTRICT = new RegExp(String.raw`^[^.;:!?\d,]{0,30}?\bin (?:${NAME} (?:district|village|town)|the ${NAME} Valley)\b`, 'u');

/**
 * "Ostra recorded 28 deaths, Varn 7 and Kelm 2", "with 48 deaths in Ostra, 17 in Varn and 2 in Kelm": a count that is one
 * item of a list of counts, each beside its own place, is that place's toll (a part of the total, not a rival of it, nor of
 * another place's count). The place stands right before the count ("Varn 7", "Ostra recorded 28") or right after it and its
 * noun ("17 in Varn"); another count of the list stands right before or after.
 */
function listedPlace(before: string, after: string): string | undefined {
  const m = placeWordLast(before) ? PLACE_BEFORE.exec(before) : null;
  const own = m ? m[1] ?? m[2] : PLACE_AFTER.exec(after)?.[1];
  if (own === undefined || FUNCTION_WORDS.has(own.toLowerCase())) return undefined;
  return ITEM_BEFORE.test(before) || ITEM_AFTER.test(after) ? own : undefined;
}
/**
 * "the toll in Varn rose to 21 on Monday, with that in Kelm rising to nine": tolls told place by place ("that in" the next place)
 * are each one place's part of the whole, no rival of the whole's count. Only the first count is scoped here (Varn's 21, whose
 * own place stands before it as "toll in Varn"); the count after "that in Kelm" is left to the other rules.
 */
function tollOfEachPlace(before: string, after: string): string | undefined {
  if (!after.includes('that in ')) return undefined;
  const own = TOLL_IN_PLACE.exec(before)?.[1];
  return own !== undefined && THAT_IN_PLACE.test(after) ? own : undefined;
}
/** "toll in <Place> rose to", "reached", "stood at": the count's own place before it. */
const TOLL_IN_PLACE = new RegExp(String.raw`\btoll in ${NAME} (?:(?:has |had )?(?:rose|risen|climbed|jumped|increased|reached|stood|stands)(?: to| at)?|(?:is|was) now) $`, 'u');
/** ", with that in <Place>", ", while that in <Place>" in the count's clause. */
const THAT_IN_PLACE = new RegExp(String.raw`^[^.;:!?]{0,40}?,? (?:with|while|and) that in ${NAME}`, 'u');
/** Digits, or a count from one to twelve in words. */
const COUNT = String.raw`(?:\d|(?:${SMALL.slice(1, 13).join('|')})\b)`;
/** "…, Varn 7", "… and Kelm 2", "Ostra recorded 28": the place right before the count ("reported" is a source's verb: "Kelm Radio reported 28, and Varn TV 30" are rivals). */
const PLACE_BEFORE = new RegExp(String.raw`(?:(?:,|\band) ${NAME} |${NAME} (?:recorded|registered|witnessed|saw|counted) )$`, 'u');
/** "17 in Varn", "11 people died in Ostra": at most two words of the count's own, then "in <Place>". */
const PLACE_AFTER = new RegExp(String.raw`^(?: [\p{Ll}-]+){0,2} in ${NAME}`, 'u');
/**
 * Whether the words before a count end on what PLACE_BEFORE ends on: a space, after a capitalized word (a name's last) or one of
 * its verbs, itself after a space. Why: PLACE_BEFORE tries a name at every capital of the window, for every toll, and most
 * windows end on "killed " or "at least ".
 */
function placeWordLast(before: string): boolean {
  if (!before.endsWith(' ')) return false;
  const from = before.lastIndexOf(' ', before.length - 2);
  if (from < 0) return false;
  const word = before.slice(from + 1, before.length - 1);
  return PLACE_VERBS.has(word) || CAPITALIZED_WORD.test(word);
}
const PLACE_VERBS = new Set(['recorded', 'registered', 'witnessed', 'saw', 'counted']);
const CAPITALIZED_WORD = /^\p{Lu}[\p{L}-]*$/u;
/** Another count of the list ends right before: "28 deaths, ", "17 in Varn and ". */
const ITEM_BEFORE = new RegExp(String.raw`\d[^.;:!?\d]{0,40}(?:, | and )(?:${NAME} )?$`, 'u');
/** Another count of the list starts right after: ", Varn 7", ", five in …". */
const ITEM_AFTER = new RegExp(String.raw`^[^.;:!?\d]{0,40}?(?:, | and )(?:${NAME} )?${COUNT}`, 'u');

/**
 * "the imam was killed while two others were killed", "12 more died in hospital", "five other rebels died
 * elsewhere": a count of others or more besides those the text told of first, an addition to a toll, not a
 * toll of its own.
 */
const OTHERS = /^ (?:others|more|other)\b/;
/**
 * "12 people died on the spot and two others succumbed on the way", "40 died in the raid, while 13 others were
 * killed at two other sites": a count with others added to it in its own clause, one part of a sum the story
 * gives whole elsewhere, no rival of that total.
 */
const BEFORE_OTHERS = new RegExp(String.raw`^[^.;:!?\d]{0,80}?\b(?:and|while|whereas) (?:\d[\d,]*|${COUNT}) others\b`, 'u');

/**
 * "killing 12 officers and wounding 12 others", "two were killed while 10 others were wounded": the others wounded are
 * others than the dead, so their count is the whole of the wounded, not an addition to a count of wounded told first; nor
 * is the count of dead before them a part of a sum. Why: scoped apart, the count of wounded (or dead) one source gives
 * would never meet another source's.
 */
const woundedBesidesDead = (before: string, after: string): boolean =>
  (WOUNDING_BEFORE.test(before) || OTHERS_WOUNDED.test(after)) && DEAD_BEFORE.test(before);
const WOUNDING_BEFORE = /\b(?:wounding|injuring|wounded|injured) (?:another |at least |some )?$/;
/** "… others were wounded", "… others, including two guards, were hurt": others of the wounded, after the word "others" and maybe an aside. */
const OTHERS_WOUNDED = /^[^.;:!?]{0,80}?\bothers(?:,[^,.;:!?]{1,60},|\s+\([^()]{1,60}\))? (?:were |had been |have been |are )?(?:also )?(?:wounded|injured|hurt)\b/;
/** A count of dead earlier in the figure's sentence. */
const DEAD_BEFORE = /\b(?:killed|killing|died|dead|deaths)\b[^.;:!?]*$/;

/** How far after the figure its clause is read for a scope ("… in Ostra state, mostly in collapses, on Friday"). */
const SCOPE_REACH = 90;
const DAY_WORDS = ['overnight', 'on ', ' 24 hours'];
/**
 * "in three states", "in 12 districts": the figure's words, then several areas of one kind; not past "and the" opening another
 * count's phrase ("to 1,420 and the total toll in 8 countries to 2,060": the areas are the second count's).
 */
const OVER_AREAS = /^(?:(?!\s(?:and|but|while)\s+(?:the|its|their)\s)[^.;:!?\d]){0,30}?\bin\s+((?:two|three|four|five|six|seven|eight|nine|ten|several|many|\d+)\s+(?:states|provinces|districts|regions|counties|countries|towns|cities))\b/iu;
/**
 * "officials reported that in the last 24 hours three people had died", "shells struck the village during the night, killing two people": the night or
 * day the count's own clause opens with, so the count is that window's (as DAY_AFTER after it), no rival of the story's toll nor of a
 * cached report's. A toll word or a rise in the sentence before it ("in the past 24 hours, the death toll rose to 125", "deaths rose
 * by 1,000 overnight to 3,621") makes the count the running total.
 */
function windowBefore(before: string): string | undefined {
  if (!someAsciiWord(before, WINDOW_WORDS)) return undefined;
  const m = WINDOW_BEFORE.exec(before);
  return m && !RUNNING_TOTAL.test(before.slice(before.search(CLAUSE_START))) ? m[1]!.toLowerCase() : undefined;
}
/**
 * "The latest clash took place on Sunday, when 12 people died": a count of the day a sentence tells an event of, that day's
 * count (a part of the story's total, as DAY_AFTER's), no rival of the total.
 */
function dayOfEvent(before: string): string | undefined {
  if (!hasLowerWord(before, 'when')) return undefined;
  return EVENT_DAY.exec(before)?.[1]?.toLowerCase();
}
const WEEKDAY = [...WEEKDAYS].join('|');
const EVENT_DAY = new RegExp(
  String.raw`\b(?:occurred|happened|took place|broke out|erupted) (?:on |early |late )?(${WEEKDAY})(?: night| morning| afternoon| evening)?,? when\b[^.;:!?\d]*$`,
  'iu',
);
const WINDOW_WORDS = ['night', ' 24 hours'];
const WINDOW_BEFORE = /\b(overnight|(?:during|in) the night|in the (?:past|last) 24 hours)\b[^.;:!?\d]{0,60}$/i;
/**
 * "in the past month alone, 30 marchers died", "in March alone, 40 died": the count's clause opens on the one
 * period or area it says is a share of the whole, so the count is that share's, no rival of the story's toll.
 */
const ALONE_BEFORE = /\b(?:in|during|on|over) (?:the )?(?:[\p{L}\d-]+ ){1,3}alone\b,?[^.;:!?\d]{0,60}$/iu;
/** Where the count's clause starts in the words before it (their start if none ends in them). */
const CLAUSE_START = /[^.;:!?]*$/;
const RUNNING_TOTAL = /\b(?:toll|total|tally|rose|risen|rises|climbed|reached|bringing|taking)\b/i;
/**
 * The figure's clause (commas allowed), then the night or day it tells of: "overnight", "in the past 24
 * hours", or a weekday set off by commas ("…, mostly in collapses, on Friday, he said"); a weekday run
 * into the clause ("killed and two captured on Friday") is the story's own day, and a verb of saying
 * before it makes the day the report's ("…, police said on Monday"), not the count's.
 */
const DAY_AFTER = new RegExp(
  String.raw`^(?:(?!\b(?:said|says|told|reported|announced|added|stated)\b)[^.;:!?\d]){0,80}?(?:\b(overnight|in the (?:past|last) 24 hours)|, (on (?:${WEEKDAY})(?: night)?)[,.])`,
  'iu',
);
