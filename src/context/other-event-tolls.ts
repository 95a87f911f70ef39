import type { Span } from '../extract/types';
import { hasLowerWord, someAsciiWord } from '../extract/ascii-words';
import { textSentences } from './text-sentences';
import { MONTHS } from '../extract/lexicon';

/**
 * The event other than the story's that a toll's own clause gives it, as a key (null for none): an earlier attack the clause
 * dates ("citing earlier attacks on May 3-4, which left 47 dead"), or a disease the article's first sentence does not name
 * ("a cholera outbreak killing at least 160" in a story of a hurricane), or a storm named by its name the first sentence does not
 * name ("after Cyclone Idra, …, which killed at least 60": otherStorm). Keyed by the event, so two sources' counts of it still
 * meet. Why: set beside the story's toll, the other event's count read as a rival of it.
 */
export function otherEvent(text: string, span: Span): string | null {
  const before = text.slice(Math.max(0, span.start - REACH), span.start);
  if (hasLowerWord(before, 'which') || hasLowerWord(before, 'that')) {
    const earlier = EARLIER_DATED.exec(before);
    if (earlier) return `earlier:${earlier[1]!.toLowerCase()}`;
  }
  if (toldOfThen(text, span)) return 'earlier:then';
  if (lastYears(text, span) || vesselOfPastEvent(text, span)) return 'earlier:year';
  if (combinedTotal(text, span)) return 'combined';
  const running = runningTotal(text, span, before);
  if (running !== null) return `running:${running}`;
  const day = datedOpening(text, span, before);
  if (day !== null) return `day:${day}`;
  const year = eventOfYear(text, before);
  if (year !== null) return `earlier:${year}`;
  const storm = otherStorm(text, before);
  if (storm !== null) return `storm:${storm}`;
  const disease = DISEASES.test(before) ? DISEASE_KILLING.exec(before)?.[1]?.toLowerCase() : undefined;
  if (disease === undefined) return null;
  const lead = leadOf(text).toLowerCase();
  return lead.includes(disease) ? null : `cause:${disease}`;
}
const REACH = 160;
const EVENT = String.raw`(?:attack|strike|airstrike|air strike|raid|clash|bombing|blast|explosion|assault|ambush|massacre|shelling|crash)(?:e?s)?`;
/**
 * "earlier ADF attacks on May 3-4, which resulted in", "previous raids in Varn that left": "earlier", at most two words, the
 * event, a phrase of its day or place, then the clause that tells its toll, up to the count.
 */
const EARLIER_DATED = new RegExp(
  String.raw`\b(?:earlier|previous|prior) (?:[\p{L}-]+ ){0,2}?(${EVENT}) (?:on|in|at|near) [^.;:!?,]{1,40},? (?:that|which|in which)\b[^.;:!?\d]*$`,
  'iu',
);
/** The diseases of DISEASE_KILLING, with its flags: none in the window, no match (a cheaper scan than its own at every word). */
const DISEASES = /cholera|measles|ebola|dengue|malaria|typhoid|diphtheria|meningitis|mpox|covid/iu;
/** A disease or its outbreak as the subject that kills, right before the count ("an outbreak of cholera that has killed"). */
const DISEASE_KILLING = new RegExp(
  String.raw`\b(cholera|measles|ebola|dengue|malaria|typhoid|diphtheria|meningitis|mpox|covid(?:-19)?)\b[^.;:!?\d]{0,60}?\b(?:killing|killed|has killed|had killed|claimed|has claimed|left)\s+(?:at least |more than |about |around |some |nearly |over )?$`,
  'iu',
);

/**
 * "It said the unrest there had led to troops killing more than 200 people then.": a toll whose clause ends on "then" (or "back
 * then", "at that time") is the count of the past the sentence recalls, not of the story's event.
 */
function toldOfThen(text: string, span: Span): boolean {
  return THEN_CLOSING.test(text.slice(span.end, span.end + THEN_REACH));
}
const THEN_REACH = 80;
const THEN_CLOSING = /^[^.;:!?\d]*?\s(?:back then|then|at that time)["”]?\s*(?:[.;!?]|$)/i;

/**
 * "Varn's roads remain the region's most dangerous, claiming some 3,000 lives last year.": a toll whose clause ends on "last year"
 * (or "the year before") is a year's total, not the story's event; so is one set against an earlier year's after it ("… last
 * year, up from 700 the year before").
 */
const lastYears = (text: string, span: Span): boolean => {
  const after = text.slice(span.end, span.end + THEN_REACH);
  return after.includes(' year') && LAST_YEAR_CLOSING.test(after);
};
/**
 * "Two years ago, a barge sank near Kelm, killing 17. The boat was carrying 60 traders.": a sentence that names the vessel again
 * ("The boat") after a sentence set in a past year tells that past voyage, and its count (of those aboard, or of its dead) is of
 * that event, not the story's.
 */
function vesselOfPastEvent(text: string, span: Span): boolean {
  const before = text.slice(Math.max(0, span.start - PAST_VESSEL_REACH), span.start);
  if (!someAsciiWord(before, VESSEL_WORDS)) return false;
  const again = VESSEL_AGAIN.exec(before);
  return again !== null && PAST_OPENING.test(before.slice(0, again.index + 1));
}
const PAST_VESSEL_REACH = 400;
const VESSEL_WORDS = ['vessel', 'boat', 'ship', 'ferry', 'barge', 'canoe', 'trawler', 'dinghy'];
/** A sentence that opens on "The/That vessel", up to the count with no sentence break. */
const VESSEL_AGAIN = /[.!?]["”]?\s+(?:The|That|This) (?:vessel|boat|ship|ferry|barge|canoe|trawler|dinghy)\b[^.!?]*$/;
/** The sentence before it, opening on a past year's time ("In March last year,", "Last year,", "In 2019,", "Two years ago,"). */
const PAST_OPENING = /(?:^|[.!?]["”]?\s+)(?:In (?:\p{Lu}\p{Ll}+ )?(?:last year|(?:19|20)\d\d)|Last year|(?:[\p{L}-]+|\d+) years ago|A year ago)\b[^.!?]*[.!?]$/u;
const LAST_YEAR_CLOSING = /^[^.,;:!?\d]*?\s(?:last year|the year before|the previous year)["”]?\s*(?:[.;!?]|,\s+(?:up|down) from\b|$)/i;

/**
 * "The cyclone hit towns still rebuilding after Cyclone Idra, the worst storm of the decade, which killed at least 30 people":
 * a storm named by its name whose own clause ("which killed") tells the count is that storm's toll, when the article's first
 * sentence does not name it (the story is of another storm). Its name in lower case, or null.
 */
function otherStorm(text: string, before: string): string | null {
  if (!someAsciiWord(before, STORM_WORDS)) return null;
  const name = NAMED_STORM_WHICH.exec(before)?.[1];
  if (name === undefined) return null;
  const lead = leadOf(text);
  return lead.includes(name) ? null : name.toLowerCase();
}
const STORM_WORDS = ['Typhoon', 'Hurricane', 'Cyclone', 'Storm'];
/** "Typhoon Idra (Kel), …, which killed at least": the storm's word, its name, then no sentence break or number up to "which/that killed". */
const NAMED_STORM_WHICH =
  /\b(?:Typhoon|Hurricane|Cyclone|Storm) (\p{Lu}[\p{L}-]+)\b[^.;:!?\d]{0,120}?\b(?:which|that) (?:has |had )?(?:killed|left|claimed)\s+(?:at least |more than |about |around |some |nearly |over )?$/u;


/**
 * "The unrest comes a month after similar protests. On May 3, 12 marchers were shot dead in Varn.": a sentence that opens on a
 * calendar day the article's first sentence does not name, after a sentence that tells of an earlier time, tells that day's events, so its count is that day's toll, no rival of
 * the story's (keyed by the day, so two counts of it still meet). The day in lower case, or null.
 */
function datedOpening(text: string, span: Span, before: string): string | null {
  if (!before.includes('On ')) return null;
  const m = DATED_OPENING.exec(before);
  if (m === null || !MONTHS.has(m[1]!.toLowerCase())) return null;
  // The sentence before tells of an earlier time ("a month after similar unrest"): the day is of that past, not the story's own.
  const opensAt = span.start - before.length + m.index;
  if (!EARLIER_TIME.test(text.slice(Math.max(0, opensAt - EARLIER_TIME_REACH), opensAt))) return null;
  const lead = leadOf(text);
  return lead.includes(`${m[1]} ${m[2]}`) ? null : `${m[1]!.toLowerCase()} ${m[2]}`;
}
const EARLIER_TIME_REACH = 200;
const EARLIER_TIME = /\b(?:after (?:similar|earlier|previous|other)|ago|earlier|previous|prior|last (?:week|month|year))\b[^.!?]*[.!?]?["”]?\s*$/i;
/** A sentence opening "On <Month> <day>," (a year may follow), then its words up to the count, no sentence break or other number. */
const DATED_OPENING = /(?:^|[.!?]["”]?\s+|\n)On (\p{Lu}\p{Ll}+)\.? (\d{1,2})(?:, (?:19|20)\d\d)?,? [^.!?\d]*$/u;

/**
 * "The study's count would make it the island's second deadliest storm. The Great Varn Hurricane of 1911 killed more than 3,000
 * people.": a named event told with its year ("<Name> Hurricane of 1911", "Fire", "Earthquake") as the subject that killed the
 * count is that year's event, when the article's first sentence does not name the year. The year, or null. Why: set beside the
 * story's toll, the old disaster's dead read as a rival count of it.
 */
function eventOfYear(text: string, before: string): string | null {
  if (!before.includes(' of 1') && !before.includes(' of 2')) return null;
  const year = EVENT_OF_YEAR.exec(before)?.[1];
  if (year === undefined) return null;
  const lead = leadOf(text);
  return lead.includes(year) ? null : year;
}
/** The event's capitalized word ("Hurricane", "Fire", "Earthquake"), "of" and a year, then the verb that killed, up to the count. */
const EVENT_OF_YEAR =
  /\b(?:Hurricane|Typhoon|Cyclone|Storm|Fire|Flood|Floods|Earthquake|Quake|Tsunami|Heatwave|Heat Wave|Blizzard|Flu|Disaster) of ((?:1[5-9]|20)\d\d)\b[^.;:!?\d]{0,40}?\b(?:killed|left|claimed|took)\s+(?:at least |more than |about |around |some |nearly |over |an estimated )?$/u;

/**
 * "Ostra is the province worst hit by the rebellion, which has killed more than 9,000 people since 2011", "the war has cost 4,000
 * lives since March 2019": a toll its clause counts "since" a past year, or one a war, insurgency or conflict "which has killed"
 * (the perfect: a count still running), is the whole conflict's total over the years, never one attack's count. Keyed by the year
 * (or "conflict"), so two sources' totals of the conflict still meet. Why: joined to the attack's row, the conflict's total read
 * as a third source's count of the attack.
 */
function runningTotal(text: string, span: Span, before: string): string | null {
  const after = text.slice(span.end, span.end + SINCE_REACH);
  if (after.includes('since ')) {
    const year = SINCE_YEAR.exec(after)?.[1];
    if (year !== undefined) return year;
  }
  return someAsciiWord(before, CONFLICT_WORDS) && CONFLICT_HAS_KILLED.test(before) ? 'conflict' : null;
}
const SINCE_REACH = 120;
/** The rest of the count's sentence (no break), then "since" and a year, a month perhaps before it. */
const SINCE_YEAR = /^[^.;:!?]*?\bsince (?:(?:January|February|March|April|May|June|July|August|September|October|November|December) )?((?:19|20)\d\d)\b/;
const CONFLICT_WORDS = ['war', 'insurgency', 'conflict', 'rebellion', 'uprising'];
/** The conflict's word, then its clause ("…, aimed at …, which has killed"), up to the count. */
const CONFLICT_HAS_KILLED =
  /\b(?:war|insurgency|conflict|rebellion|uprising)\b[^.;:!?\d]{0,120}?\b(?:which|that)\s+(?:has|have) (?:killed|claimed|left|cost)\s+(?:at least |more than |about |around |some |nearly |over |almost |roughly )?$/i;

/**
 * "The Tarn blaze has killed at least 40, officials said. … Two died in the Ridge fire, taking the toll of both blazes to 44.
 * … Police said 44 people had died in the fires.": a count the text gives as the toll of both (or the two) events, and each count
 * of that number, is their sum, no rival of one event's toll. Why: set beside the Tarn blaze's 40, the sum of two fires read as
 * a second source's toll of it.
 */
function combinedTotal(text: string, span: Span): boolean {
  const value = text.slice(span.start, span.end).replaceAll(',', '');
  return /^\d+$/.test(value) && combinedTotals(text).has(Number(value));
}
/** The numbers the text gives as the toll of both events (read once per text). */
function combinedTotals(text: string): Set<number> {
  if (text === combinedOf) return combined;
  combinedOf = text;
  const told = hasLowerWord(text, 'both') || hasLowerWord(text, 'the two');
  combined = told ? new Set([...text.matchAll(COMBINED_TOLL)].map((m) => Number(m[1]!.replaceAll(',', '')))) : new Set();
  return combined;
}
let combinedOf: string | undefined;
let combined = new Set<number>();

/** The article's first sentence, which names the story's own event (read once per text: each toll asks it). */
function leadOf(text: string): string {
  if (text !== leadText) {
    leadText = text;
    leadSentence = text.slice(0, textSentences(text).sents[0]?.end ?? 0);
  }
  return leadSentence;
}
let leadText: string | undefined;
let leadSentence = '';
/** "the toll of both blazes to 44", "the combined toll of the two storms stands at 80", then the number. */
const COMBINED_TOLL =
  /\b(?:toll|tally|total)\s+(?:from|of|in)\s+(?:both|the two)\s+(?:[\p{L}-]+\s+){0,2}?(?:fires|blazes|wildfires|storms|hurricanes|typhoons|cyclones|floods|quakes|earthquakes|attacks|blasts|bombings|crashes|disasters|events)\s+(?:(?:now\s+)?(?:rose|rises|climbed|reached|stands|stood|is|was|to|at)\s+){1,2}(?:at least\s+|about\s+|some\s+)?(\d[\d,]*)/giu;
