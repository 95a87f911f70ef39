import type { Span } from '../extract/types';
import { hasAsciiWord } from '../extract/chars';

/**
 * Counted nouns that name no group of their own: a count of everyone the event struck. "Men" is how
 * reports most often name people they know nothing else of ("police arrested two men"); "the tally of
 * those detained" names no group either.
 */
const EVERYONE = new Set(['people', 'persons', 'person', 'individuals', 'victims', 'bodies', 'deaths', 'fatalities', 'them', 'those', 'men']);

/**
 * The group a toll counts, by the head noun of its unit: '' for everyone ("people", "bodies", no
 * noun), else the noun ("civilians", "children", "girls"). Why: an article gives the toll of a
 * group beside the toll of all ("31 killed, including several civilians … at least nine civilians
 * died"), and those are part and whole, not one toll told two ways. Two sources disagree only about
 * counts of the same group; the price is a miss where one says "people" and the other "civilians".
 */
function groupOf(unit: string | null | undefined, after: string): string {
  // "two of the women … died": no noun of its own, the count is taken out of the group named after it.
  const head = unit ? unit.slice(unit.lastIndexOf(' ') + 1).toLowerCase() : OF_THE.exec(after)?.[1]!.toLowerCase();
  return head === undefined || EVERYONE.has(head) ? '' : head;
}
const OF_THE = /^ of (?:the|these|those) ([\p{L}-]+)/u;

/**
 * "the total number of police injured … was 102": the group a toll counts, named before it when the
 * number has no noun of its own ("the number of people injured is 211" counts everyone).
 */
const NUMBER_OF_GROUP = /\b(?:number|toll|count|tally|total) of ([\p{L}-]+) (?:injured|wounded|hurt|killed|dead|arrested|detained|missing)\b/iu;
function groupBefore(text: string, at: number): string | undefined {
  const before = text.slice(Math.max(0, at - 100), at);
  return hasAsciiWord(before, ' of ') ? NUMBER_OF_GROUP.exec(before)?.[1] : undefined;
}

/**
 * "4,000 of our workers", "two of its members": a count of the source's own people. Two parties that
 * each count their own detained members give two tolls of two groups, not one toll told two ways.
 */
const OF_OWN = /^ of (?:our|their|its|his|her|my) /i;

/**
 * The group a toll at `span` counts, as a key: its own people's count is the source's alone ("own:"
 * and the source), else the group named by its unit, after it or before it ('' for everyone).
 */
export function tollGroup(unit: string | null | undefined, text: string | undefined, span: Span | null, source: string | null): string {
  const after = text !== undefined && span ? text.slice(span.end, span.end + 40) : '';
  if (OF_OWN.test(after)) return `own:${source ?? ''}`;
  const named = !unit && text !== undefined && span ? groupBefore(text, span.start) : undefined;
  return groupOf(unit ?? named, after);
}
