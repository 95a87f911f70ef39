import type { Figure, Span } from '../extract/types';
import { spacesFrom } from '../extract/chars';
import { DIED_OF_CAUSE } from './cause-parts';

// Counts a later count of the text replaced or holds: no rival tolls of it.

/**
 * "31 bodies had been pulled out by midday, the harbour chief said. … By evening four more had been pulled out, a paper wrote,
 * and its tally now stands at 35." / "Three more were found, raising the toll to 12.": a total its sentence reaches by
 * adding more dead replaces every toll of its topic told before that sentence at its place (or none). The starts of those.
 * Why: set side by side, the count before the new bodies and the total after them read as two sources disputing one toll.
 */
export function supersededByMore(text: string, tolls: readonly Figure[], placeOf: (start: number) => string): Set<number> {
  const out = new Set<number>();
  for (const total of tolls) {
    const sentenceStart = startOfSentence(text, total.span.start);
    const before = text.slice(sentenceStart, total.span.start);
    if (!MORE_FOUND.test(before) || !TOTAL_AT.test(before)) continue;
    const place = placeOf(total.span.start);
    for (const f of tolls) {
      const at = placeOf(f.span.start);
      if (f.span.start < sentenceStart && f.about === total.about && (at === place || at === '' || place === '')) out.add(f.span.start);
    }
  }
  return out;
}
/**
 * "By dusk the toll stood at 41. Six more bodies were found overnight. … at least 47 people died": a toll the next sentence adds
 * more dead to (opening on their count), where the text gives the sum as a toll too, is the count before that update. The starts
 * of those. Why: the toll before the bodies found later stood in the row against the final toll, as if two sources disputed it.
 */
export function raisedByMoreAfter(text: string, tolls: readonly Figure[], counts: readonly Figure[]): Set<number> {
  const out = new Set<number>();
  for (const f of tolls) {
    if (f.upTo !== null) continue;
    const close = SENTENCE_CLOSE.exec(text.slice(f.span.end, f.span.end + CLOSE_REACH));
    if (!close) continue;
    const next = f.span.end + close[0].length;
    const more = counts.find((g) => g.span.start === next && g.upTo === null);
    if (!more || !MORE_FOUND.test(text.slice(next, next + MORE_REACH).split(/[.!?]/)[0]!)) continue;
    if (tolls.some((t) => t !== f && t.about === f.about && t.upTo === null && t.value === f.value + more.value)) out.add(f.span.start);
  }
  return out;
}
/** The rest of the toll's sentence (no number), its stop, then the space up to the next sentence. */
const SENTENCE_CLOSE = /^[^.!?\d\n]{0,60}[.!?]["”]?\s+["“]?/;
const CLOSE_REACH = 80;
const MORE_REACH = 100;
/** "six more bodies were recovered", "Four more were found", "12 more people have died". */
const MORE_FOUND =
  /\b[\p{L}\d,-]+ more (?:[\p{L}-]+ ){0,2}?(?:(?:were|have been|had been|was|also) )*(?:found|recovered|retrieved|discovered|pulled|died|killed)\b/iu;
/** Up to the total: "raising the toll to (at least)", "its tally of the dead now stands at", "the toll stood at". */
const TOTAL_AT =
  /\b(?:(?:bringing|taking|pushing|raising|lifting) the (?:overall |total )?(?:death )?(?:toll|tally) to|(?:total|toll|tally)(?: number)?(?: of [\p{L}-]+(?: [\p{L}-]+)?)? (?:now )?(?:stands|stood|is) at|(?:total|toll|tally) (?:now )?(?:rose|rises|climbed|reached|is)(?: to)?) (?:at least |about |around |nearly |more than |some )?$/iu;

function startOfSentence(text: string, at: number): number {
  const before = text.slice(Math.max(0, at - SENTENCE_REACH), at);
  return Math.max(0, at - SENTENCE_REACH) + lastBreakEnd(before);
}
/**
 * Where /[\s\S]*(?:[.!?]["”]?\s+|\n)/ ends its match in `s` (0 for none): after the last stop (its closing quote and spaces) or
 * line break. Read back from the end: the expression tried every start and backtracked over the whole window for each, for every
 * toll and twice more per window of the rules below.
 */
function lastBreakEnd(s: string): number {
  for (let p = s.length - 1; p >= 0; p--) {
    const c = s.charCodeAt(p);
    if (c === 10) return p + 1; // \n
    if (c !== 46 && c !== 33 && c !== 63) continue; // . ! ?
    let q = p + 1;
    const quote = s.charCodeAt(q);
    if (quote === 34 || quote === 0x201d) q++; // " ”
    const end = spacesFrom(s, q);
    if (end > q) return end;
  }
  return 0;
}
const SENTENCE_REACH = 400;

/**
 * "The death toll before the search of the ridge was 31.", "The first report in the spring was that 33 had died.":
 * a toll the sentence tells as the one before the news, or as a first report, since replaced (an update, no rival).
 */
export function toldBeforeNews(text: string, span: Span): boolean {
  const before = text.slice(Math.max(0, span.start - BEFORE_NEWS_REACH), span.start);
  return TOLL_BEFORE.test(before) || FIRST_REPORT.test(before);
}
const BEFORE_NEWS_REACH = 120;
const TOLL_BEFORE = /\b(?:toll|count|tally|figure) before (?:the|a|an|this|that|these|those) [^.;:!?\d]{0,40}?\b(?:was|stood at|had been) (?:at least |about |around )?$/i;
const FIRST_REPORT =
  /\b(?:the|an|its|their) (?:initial|first) (?:reports?|estimates?|tolls?|counts?|tally|figures?)\b[^.;:!?\d]{0,40}?\b(?:was|were|said|put|gave)\b(?: that)? (?:at least |about |around |only )?$/i;

/**
 * "they had tallied 95 dead or missing, including 17 bodies that came ashore", "12 died, among them 5 in Ostra": a count of
 * the dead after "including" or "among them" is a part of the count its sentence gave before, no toll of its own.
 * A group ("including 12 children") stays: it is counted on its own (toll-groups.ts); so does a place's toll ("including 61 dead in
 * Ostra").
 */
export function includedPart(text: string, f: Figure): boolean {
  const before = text.slice(Math.max(0, f.span.start - INCLUDED_REACH), f.span.start);
  if (!INCLUDING.test(before)) return false;
  if ((f.unit !== null && !EVERYONE.test(f.unit)) || IN_PLACE.test(text.slice(f.span.end, f.span.end + INCLUDED_REACH))) return false;
  // "including 40 who died from suffocation": the part one cause killed, which cause-parts.ts weighs.
  if (DIED_OF_CAUSE.test(text.slice(f.span.end, f.span.end + INCLUDED_REACH))) return false;
  const sentence = before.slice(startOfSentence(before, before.length));
  if (/\d/.test(sentence)) return true;
  // "Rescuers had pulled 60 bodies from the hull. Among them 25 were found in one cabin.": a sentence opening on "Among them" picks its
  // part out of the count of the sentence before.
  if (!AMONG_THEM_OPENER.test(sentence)) return false;
  const rest = before.slice(0, before.length - sentence.length);
  return /\d/.test(rest.slice(startOfSentence(rest, rest.trimEnd().length - 1)));
}
const AMONG_THEM_OPENER = /^["“]?Among them,? (?:at least |about |around |some )?$/;
const INCLUDED_REACH = 300;
const INCLUDING = /\b(?:including|among them) (?:at least |about |around |some )?$/i;
/** "including 61 dead and 14 missing in Ostra": a named place's own toll, which other sources count too (figure-places.ts). */
const IN_PLACE = /^[^.;:!?]{0,40}?\bin (?:the )?\p{Lu}/u;
const EVERYONE = /^(?:people|persons|bodies|corpses|victims|dead|deaths|fatalities|lives)$/i;

/**
 * "four passengers who were feared missing might in fact be safe", "12 of the missing were found alive": a count of people
 * its clause says are safe is no count of the missing or the dead.
 */
export function toldSafe(text: string, span: Span): boolean {
  return SAFE_AFTER.test(text.slice(span.end, span.end + SAFE_REACH));
}
const SAFE_REACH = 160;
const SAFE_AFTER =
  /^[^.;:!?\d]*?\b(?:(?:may|might|could|are|were|is|was|have been|has been)(?: (?:actually|now|in fact|still))? (?:be )?(?:safe|alive|accounted for|found alive)|survived)\b/i;
