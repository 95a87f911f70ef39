import type { Claim, Figure, Span } from '../extract/types';
import { isDigit } from '../extract/chars';
import { hasLowerWord, someAsciiWord } from '../extract/ascii-words';
import { EARLIER_VALUE } from '../extract/figures/figure-events';
import { WEEKDAYS } from '../extract/lexicon';
import { headNoun } from './toll-groups';

// Counts that are no toll of their own beside the others of an article.

/**
 * "lowered the toll from 89 to 42": the "from" value of an update is the toll it replaced, which no
 * source gives any more; only the value it was set to is compared.
 */
export function replaced(text: string, span: Span): boolean {
  if (initial(text, span) || increment(text, span) || earlierReports(text, span) || givenBefore(text, span)) return true;
  const before = text.slice(Math.max(0, span.start - 40), span.start);
  if (hasLowerWord(before, 'from ') && FROM_EARLIER_VALUE.test(before)) return true;
  const after = text.slice(span.end, span.end + 60);
  if (hasLowerWord(after, ' it to ') && UPDATED_IT_TO.test(after)) return true;
  if (!text.startsWith('from ', span.start - 5)) return false;
  return (text.startsWith(' to ', span.end) && isDigit(text.charCodeAt(span.end + 4))) || UPDATED_FROM.test(before);
}
/** "put the toll at 12 on Monday and raised it to 15 by Tuesday evening": the count its own source's update replaced, in its clause. */
const UPDATED_IT_TO = /^[^.;:!?\d]{0,40}?\b(?:and|but|before) (?:later |then )?(?:updated|raised|revised|lowered|corrected|increased|reduced) it to \d/i;
/** "…, from the previously reported 37", "from an earlier 12": a value the text itself calls earlier. */
const FROM_EARLIER_VALUE = new RegExp(String.raw`\b${EARLIER_VALUE}`, 'i');
/**
 * "The number of missing was raised from four earlier in the day": a count an update replaced, also
 * where the new value is told apart ("There are now 32"), or told before it ("500 missing, down sharply from 900", "51 had died,
 * an increase from 37 counted the night before").
 */
const UPDATED_FROM =
  /(?:\b(?:raised|lowered|revised|increased|reduced|updated|corrected|rose|risen|climbed|jumped|fell|fallen|dropped)(?: (?:up|down|upwards|downwards))?|, (?:down|up)(?: [a-z]+ly)?|[,—–] (?:an?|the) (?:[a-z]+ )?(?:increase|rise|jump|climb|drop|decrease|fall|decline)) from $/i;

/**
 * "Previous reports put the death toll at 11.", "Earlier reports said 14 were killed and 15 injured.":
 * a sentence that opens on earlier reports tells counts a later one replaced.
 */
function earlierReports(text: string, span: Span): boolean {
  const before = text.slice(Math.max(0, span.start - EARLIER_REPORTS_REACH), span.start);
  if (!hasLowerWord(before, 'reports') && !hasLowerWord(before, 'estimates')) return false;
  const m = EARLIER_REPORTS.exec(before);
  return m !== null && !/[.!?]\s/.test(before.slice(m.index + m[0].length));
}
const EARLIER_REPORTS = /(?:^|[.!?]\s+|\n)(?:Previous|Earlier|Initial|Prior) (?:reports|estimates)\b/g;
const EARLIER_REPORTS_REACH = 200;

/**
 * "Einollahi revised the toll from 103 to 95 … Vahidi revised from 95 to 84": one count's chain of
 * corrections. The starts of the values an update set ("to 95") that a later update starts from
 * ("from 95"): those were replaced too, and are no rival of the last.
 */
export function revisedAgain(text: string): Set<number> {
  const out = new Set<number>();
  if (!hasLowerWord(text, 'from ')) return out;
  const froms = new Set<string>();
  const tos: [string, number][] = [];
  for (const m of text.matchAll(REVISION)) {
    froms.add(m[1]!.replaceAll(',', ''));
    tos.push([m[2]!.replaceAll(',', ''), m.index! + m[0].length - m[2]!.length]);
  }
  for (const [value, start] of tos) if (froms.has(value)) out.add(start);
  return out;
}
/**
 * "Ostra lowered the toll from 52 to 44. … Earlier on Sunday, the commissioner put the death toll at 52.", "As of Thursday
 * last week, the office had counted 27 deaths": a count the sentence tells as an earlier day's, which the text says was revised (its
 * value is the "from" of a revision) or which was so as of a past day ("had"), replaced since by the later count: no rival of it.
 */
export function toldEarlier(text: string, span: Span, revisedFrom: ReadonlySet<number>): boolean {
  const before = text.slice(Math.max(0, span.start - EARLIER_REACH), span.start);
  const clause = before.slice(before.search(SENTENCE));
  if (AS_OF_PAST.test(clause) || (HAD_PUT.test(clause) && TOLL_ROSE.test(text))) return true;
  return EARLIER_OPENER.test(clause) && revisedFrom.has(Number(text.slice(span.start, span.end).replaceAll(',', '')));
}
const EARLIER_REACH = 200;
/** The words before a figure from its sentence's start (all of them if no sentence ends in them). */
const SENTENCE = /(?<=^|[.!?]\s+|\n)[^.!?\n]*$/;
/** "Earlier on Sunday, …", "Earlier, …", "Previously, …", "Initially, …": a sentence set before the story's latest news. */
const EARLIER_OPENER = /^["“]?(?:Earlier|Previously|Initially|At first)\b[^;:\d]*$/;
/** "As of Thursday last week, … had counted …", "As of last week, the official figure was 9 dead and 4 missing": a count as of a past day. */
const AS_OF_PAST = /^["“]?As of [^,;:\d]{0,30}\blast (?:week|month)\b(?:[^;:\d]*\bhad\b[^;:\d]*|[^;:\d]*\b(?:was|were|stood at)\b[^;:]*)$/i;
/**
 * "Rescuers had Tuesday put the death toll at 9 with 40 missing": a source's toll in the past perfect (and the counts its
 * clause gives with it), told beside a toll the text says rose ("the death toll … rose to 20"), is the count before the rise, no
 * rival of it.
 */
const HAD_PUT = new RegExp(String.raw`\bhad (?:(?:on )?(?:${[...WEEKDAYS].join('|')}|earlier|previously|initially|first) )?(?:put|placed|set|estimated|given) (?:the |its |their )?(?:death )?(?:toll|number|figure|count|tally)\b[^;:]*$`, 'i');
const TOLL_ROSE = /\b(?:death toll|toll|number of (?:dead|deaths|victims))\b[^.;:!?\d]{0,80}?\b(?:rose|risen|climbed|jumped|increased)\b/i;

/**
 * "well below the roughly 300 deaths that the agency originally gave": a count the clause after it tells as its
 * source's first one, which a later count of the text (`later`: the start of the last toll of its topic) replaced: no rival of it.
 * With no later count it is still the only one that source gives, and stays.
 */
export function toldOriginally(text: string, span: Span, later: number): boolean {
  if (later <= span.start) return false;
  const after = text.slice(span.end, span.end + ORIGINALLY_REACH);
  return (hasLowerWord(after, 'originally') || hasLowerWord(after, 'initially')) && ORIGINALLY.test(after);
}
const ORIGINALLY_REACH = 100;
/** The count's noun, then a clause of who told it first ("that the agency originally gave"), not "climbed to 33 from the initially reported 12". */
const ORIGINALLY = /^(?: [\p{L}-]+){0,2}? (?:that|which|as) [^.;:!?\d]*?\b(?:originally|initially) (?:said|described|reported|gave|put|announced|claimed|stated|counted|estimated)\b/iu;

/** The values the text revises a count from ("lowered the toll from 49 to 41": 49). */
export function revisedFrom(text: string): Set<number> {
  const out = new Set<number>();
  if (!hasLowerWord(text, 'from ')) return out;
  for (const m of text.matchAll(REVISED_FROM)) out.add(Number(m[1]!.replaceAll(',', '')));
  return out;
}
/** REVISION, with room for what was counted between ("lowered its tally of deaths from the … blaze in Varn from 52 to 44"). */
const REVISED_FROM = /\b(?:revised|raised|lowered|updated|corrected|increased|reduced)\b[^.;:!?]{0,120}?\bfrom (\d[\d,]*) to \d/gi;

/** A verb of correcting a count, up to 60 characters of its clause, then "from N to M". */
const REVISION = /\b(?:revised|raised|lowered|updated|corrected|increased|reduced)\b[^.;:!?]{0,60}?\bfrom (\d[\d,]*) to (\d[\d,]*)/gi;

/**
 * "Six people died overnight, taking the death toll to 125": the count before "taking/bringing the toll
 * to" is what was added to the total, which the value after it is; the two are no rival tolls.
 */
function increment(text: string, span: Span): boolean {
  const after = text.slice(span.end, span.end + TAKING_REACH);
  if ((hasLowerWord(after, 'toll') || hasLowerWord(after, 'making')) && TAKING_TOLL_TO.test(after)) return true;
  const next = text.slice(span.end, span.end + WITH_THIS_REACH);
  // `next` as is, not a lower-case copy (hasLowerWord lowers it once for this and partThenSum's test): lowering makes ASCII only of
  // "İ" (an "i" then a dot) and the Kelvin sign, neither of which can make "with".
  return (hasLowerWord(next, 'with') && WITH_THIS_TOLL_ROSE.test(next)) || partThenSum(text, span, next);
}
/**
 * "We have found 14 bodies and 9 people are still unaccounted for. So the toll comes to 23 as of today.": a count its sentence
 * adds to others, then a sentence that opens on "So" and the toll it comes to (a larger number), is one part of that sum, no rival of it.
 */
function partThenSum(text: string, span: Span, next: string): boolean {
  if (!hasLowerWord(next, 'so')) return false;
  const sum = SO_TOLL_COMES_TO.exec(next)?.[1];
  return sum !== undefined && Number(sum.replaceAll(',', '')) > Number(text.slice(span.start, span.end).replaceAll(',', ''));
}
/** The rest of the figure's sentence (numbers allowed: the other parts), then "So (,) the (death) toll comes/stands/rises to N". */
const SO_TOLL_COMES_TO =
  /^[^.;:!?]{0,200}[.!?]\s+["“]?So,?\s+(?:the\s+)?(?:overall\s+|total\s+)?(?:death\s+)?(?:toll|tally|total|count)\s+(?:now\s+)?(?:comes|came|stands|stood|rises|rose|goes|went)\s+(?:to|at)\s+(\d[\d,]*)/;
/**
 * Words of the figure's clause (no number between), then "taking/bringing/pushing/raising the (death) toll/tally to" (what it is
 * of between: "bringing the toll from the two blazes to 40"), or
 * "making it 70" / "making the total 70" ("he said 71, after which one person died, making it 70": the one who died is a
 * step between two counts, no toll).
 */
const TAKING_TOLL_TO =
  /^[^.;:!?\d]{0,60}?\b(?:(?:taking|bringing|pushing|raising|lifting)\s+(?:the\s+)?(?:overall\s+|total\s+)?(?:death\s+)?(?:toll|tally)\s+(?:(?:from|of|in)\s+[^.;:!?\d]{1,40}?\s+)?to\b|making\s+(?:it|the\s+(?:death\s+)?(?:toll|tally|total))\s+(?:now\s+)?\d)/i;

/**
 * The rest of the figure's sentence (no number in it), then a sentence that opens "With this, the death toll rose to" or "With
 * the new deaths, the toll climbed to": the count is what was added to the total that sentence gives.
 */
const WITH_THIS_TOLL_ROSE =
  /^[^.;:!?\d]{0,200}[.!?]\s+["“]?with (?:this|these|that|those|them|the (?:figure|number|new deaths|deaths|latest deaths))\s*,?\s+the\s+(?:overall\s+|total\s+)?(?:death\s+)?(?:toll|tally)\b[^.;:!?\d]{0,60}?\b(?:rose|rises|climbed|climbs|jumped|increased|reached|went up|now stands)\b/i;
const WITH_THIS_REACH = 320;
/** The clause up to the verb (60), the toll's words and what it is of (40), then "to". */
const TAKING_REACH = 130;
/**
 * "Police initially put the toll from the fire at 12", "Officials originally listed 14 as missing", "Revising an initial death toll of 9", "not
 * in the initial count of 31", "The
 * previous death toll given by officials was 31", "Police had earlier put the toll at 60": a count since
 * replaced with a later one (an update, no rival toll).
 */
function initial(text: string, span: Span): boolean {
  const before = text.slice(Math.max(0, span.start - INITIAL_REACH), span.start);
  return someAsciiWord(before, EARLIER_WORDS) && INITIAL_BEFORE.test(before);
}
const EARLIER_WORDS = ['initial', 'original', 'previous', 'earlier', 'prior'];
/**
 * "initially", "an initial", "the previous (death) toll", "a previous toll", "the initial count" or "earlier" before a verb that sets a toll ("had earlier put
 * the toll at"), then words up to the figure, within its clause and with no number between.
 */
const INITIAL_BEFORE =
  /\b(?:initially|originally|an initial|(?:the|an?|its|their) (?:previous|earlier|prior|initial|original) (?:death )?(?:toll|count|tally|figure)|earlier (?:put|placed|set|gave|estimated))\b[^.;:!?\d]{0,60}$/i;
const INITIAL_REACH = 80;
/**
 * "The count earlier announced by the Ostra authorities stood at 31", "the figure previously given by officials was 9": a count the
 * sentence says its source gave before (the noun of the count, then "previously" or "earlier" and the verb that gave it), which the
 * source's later count replaced. Why: listed beside that later count, it read as the source's own rival value.
 */
function givenBefore(text: string, span: Span): boolean {
  const before = text.slice(Math.max(0, span.start - INITIAL_REACH), span.start);
  return (hasLowerWord(before, 'previously') || hasLowerWord(before, 'earlier')) && GIVEN_BEFORE.test(before);
}
const GIVEN_BEFORE =
  /\b(?:toll|count|tally|figure|number)s? (?:previously|earlier) (?:revealed|given|reported|announced|released|published|issued|provided|cited)\b[^.;:!?\d]{0,60}$/i;

/**
 * "Of those arrested on Sunday, 87 are already in prison", "Of the 66 injured, 57 were shot, four fell
 * and two were stabbed", "Among the dead in Varn, 12 died in Ostra, while 9 died in Kelm": counts out of a group the sentence named first, parts of its toll, not rival
 * ones: the first after the comma and each later one of the list (after ", " or " and ").
 */
export function partOfNamed(text: string, span: Span): boolean {
  if (!text.startsWith(', ', span.start - 2) && !text.startsWith(' and ', span.start - 5) && !text.startsWith(' while ', span.start - 7)) return false;
  const before = text.slice(Math.max(0, span.start - PART_REACH), span.start);
  return (hasLowerWord(before, 'of ') || hasLowerWord(before, 'among ')) && PART_OF_NAMED.test(before);
}
/** How far back the group's "Of the …," is looked for: a list of four or five parts. */
const PART_REACH = 300;
const PART_OF_NAMED = /(?:^|[.;:!?,]\s+|\n\s*|\band\s+)["“]?(?:of|among) (?:those|these|them|the)\b[^,.;:!?]{0,45},(?:[^.;:!?]*(?:,|\band|\bwhile))? $/i;

/**
 * "Besides two people killed in a road accident, 40 died in the fire", "Excluding the 3 who died in
 * hospital": a count the sentence sets apart from what it goes on to tell, so no figure of the story's
 * toll, nor a rival one.
 */
export function setApart(text: string, span: Span): boolean {
  const before = text.slice(Math.max(0, span.start - APART_REACH), span.start);
  return someAsciiWord(before, APART_WORDS) && SET_APART.test(before);
}
const APART_WORDS = ['besides', ' from', 'excluding', 'counting', 'other than'];
/** "besides", "apart from", "aside from", "excluding", "not counting", "other than", then at most two words ("the", "at least"). */
const SET_APART = /\b(?:besides|apart from|aside from|excluding|not counting|other than)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
const APART_REACH = 40;

/**
 * "Six Norland workers were among the dead", "two children are among those killed": a count picked out of the dead, a
 * part of the toll, not a rival of it.
 */
export function amongTheDead(text: string, span: Span): boolean {
  const after = text.slice(span.end, span.end + AMONG_REACH);
  return hasLowerWord(after, ' among ') && AMONG_THE_DEAD.test(after);
}
const AMONG_REACH = 90;
/** At most four words of the count's own, a form of "be", then "among the dead/victims/those killed". */
const AMONG_THE_DEAD = /^(?: [\p{L}-]+){0,4} (?:were|was|are|is) among (?:the )?(?:dead|victims|fatalities|those (?:killed|who died|injured|wounded|arrested|detained|missing))\b/iu;

/**
 * "The bodies of 17 miners, who died in the flooded shaft, were handed over to their relatives": a count of the bodies given back
 * to families is of those handed over so far, a part of the dead, no toll.
 */
export function bodiesHandedOver(text: string, span: Span): boolean {
  const before = text.slice(Math.max(0, span.start - 16), span.start);
  if (!BODIES_OF.test(before) && !text.startsWith(' bodies', span.end)) return false;
  const stop = text.indexOf('.', span.end);
  const after = text.slice(span.end, Math.min(stop < 0 ? text.length : stop, span.end + HANDED_REACH));
  return after.includes(' to ') && HANDED_TO_KIN.test(after);
}
const HANDED_REACH = 200;
/** "bodies of " right before the count. */
const BODIES_OF = /\bbodies of $/i;
/** Handed (over), returned or released to the families, relatives or next of kin. */
const HANDED_TO_KIN = /\b(?:handed|returned|released)(?: over)? to (?:their |the |his |her )?(?:respective )?(?:famil(?:y|ies)|relatives|next of kin|loved ones)\b/i;

/**
 * "10 more people also died in Ostra", "12 more were killed": a count of more dead than a toll told before, an addition
 * to that toll (its event is read from the clause by the caller).
 */
export function addedMore(text: string, span: Span): boolean {
  return text.startsWith(' more ', span.end) && MORE_AFTER.test(text.slice(span.end, span.end + 40));
}
/** " more", at most two words of the count's noun, then at most "also", "have" or "had" before a verb. */
const MORE_AFTER = /^ more (?:[\p{Ll}-]+ ){0,2}?(?:(?:also|have|had|were|are) ){0,2}\p{Ll}+ed\b|^ more (?:[\p{Ll}-]+ ){0,2}?(?:also )?(?:died|dead)\b/u;

/**
 * "When asked about a rebel statement saying 159 soldiers had been killed, he said: 'No, that is not true.'", "denied a
 * report that 40 died": a count inside the claim a speaker is asked about or rejects is that claim's, told elsewhere,
 * and no count of the speaker's own.
 */
export function putToSpeaker(text: string, span: Span): boolean {
  const before = text.slice(Math.max(0, span.start - PUT_REACH), span.start);
  return someAsciiWord(before, PUT_WORDS) && PUT_CLAIM.test(before);
}
const PUT_WORDS = ['asked', 'questioned', 'denied', 'rejected', 'dismissed', 'disputed'];
/** A verb of asking or rejecting, "a/the … statement/report/claim", then "saying/that/of" and words up to the count. */
const PUT_CLAIM =
  /\b(?:asked (?:about|on|over)|questioned (?:about|on|over)|denied|rejected|dismissed|disputed) (?:a|an|the|their|its) (?:[\p{L}'’-]+ ){0,3}?(?:statement|report|claim|announcement|figure|toll)s? (?:saying|that|which said|claiming|of)\s+(?:[\p{L}-]+\s+){0,3}$/iu;
const PUT_REACH = 120;

/**
 * "Eleven civilians were killed when an airstrike struck their home, he said. He said another nine civilians had been
 * killed by government forces": a count the same source goes on to add "another N" of the same people to is one part of
 * its toll, not its toll, so it is no rival of a total another source gives (20).
 */
export function followedByAnother(text: string, claims: readonly Claim[], claim: Claim, f: Figure): boolean {
  if (!f.unit) return false;
  const noun = headNoun(f.unit);
  for (const other of claims) {
    if (other.kind !== 'figure' || other.attributedTo !== claim.attributedTo || other.reportedBy !== claim.reportedBy) continue;
    for (const g of other.figures) {
      // "killed 154 people and left another 127 missing": more of another event adds nothing to this one.
      if (g.span.start <= f.span.end || g.span.start - f.span.end > ANOTHER_REACH || !g.unit || headNoun(g.unit) !== noun || (g.about !== null && g.about !== f.about)) continue;
      if (/\banother\s+$/i.test(text.slice(Math.max(0, g.span.start - 10), g.span.start))) return true;
    }
  }
  return false;
}
const ANOTHER_REACH = 400;
