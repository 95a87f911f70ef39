/** Whose account a sentence marked as hearsay ("reportedly") goes on with; separate because it reads the sentence before, not the sentence's own words. */
import { type AttributionContext, type Element, hasCharBetween, sentenceElements } from './context';
import { COMMA } from '../chars';
import { REPORTING_VERB } from '../wordclass';
import { sourceOfSentence } from './sentence-sources';
import { openingReporter, type Reporter, unnamedReporter } from './unnamed-reporters';
import { accordingAt, ACCORDING_REACH, SPEAKS } from './words';

/** The source a hearsay sentence carries on: a named entity, or (entity null) a reporter the text does not name. */
export interface Hearsay {
  entity: number | null;
  reporter: Reporter | null;
}

/**
 * "According to a villager who fled, gunmen raided the camp twice. On the first raid they reportedly shot 12 men.": a
 * sentence that says it passes on a report ("reportedly", "allegedly") but names no one who speaks, right after a
 * sentence of its paragraph that has a source (named, or unnamed as "a villager"), passes on that source's account.
 * Null where it names a speaker of its own or the sentence before has no source, or where that source only closes it
 * ("In the old town, 14 were detained, according to the gendarmes. Four gendarmes were reportedly injured."): a
 * trailing "according to" vouches for its own sentence's fact, and the next "reportedly" passes on someone else's.
 * A sentence going on with the list of counts the sentence before reports (continuesReportedList) passes it on too.
 */
export function hearsaySource(ctx: AttributionContext, i: number): Hearsay | null {
  const s = ctx.sents[i]!;
  const before = ctx.sents[i - 1];
  if (!before || before.para !== s.para) return null;
  const els = sentenceElements(ctx, i);
  const beforeEls = sentenceElements(ctx, i - 1);
  const listed = continuesReportedList(els, beforeEls);
  if (!listed && (!els.some((e) => HEARSAY.has(e.lower)) || els.some((e) => e.name !== undefined && SPEAKS.has(e.name.kind)))) return null;
  if (closingAccording(ctx, beforeEls)) return null;
  const entity = sourceOfSentence(ctx, i - 1);
  if (entity !== null) return { entity, reporter: null };
  const reporter = openingReporter(ctx, i - 1) ?? unnamedReporter(ctx, i - 1);
  return reporter && { entity: null, reporter: { ...reporter, until: s.end } };
}

/**
 * "The board said Kelmor logged the most cases, 30, ahead of Varn (12). Tessel and Orlo logged nine cases each.": a
 * sentence opening with places (or their governments) and then the very verb the sentence before reports of another
 * place goes on with that report's list; the places are where the counts are, not who tells them.
 */
function continuesReportedList(els: Element[], beforeEls: Element[]): boolean {
  let k = 0;
  while (k < els.length && (els[k]!.name ? PLACES.has(els[k]!.name!.kind) : k > 0 && els[k]!.lower === 'and')) k++;
  const verb = els[k]?.lower;
  if (k === 0 || verb === undefined || !verb.endsWith('ed')) return false;
  // The verb before must follow a reporting verb and the place it reports of: "said Kelmor logged".
  for (let j = 2; j < beforeEls.length; j++) {
    if (beforeEls[j]!.lower !== verb || !beforeEls[j - 1]!.name || !PLACES.has(beforeEls[j - 1]!.name!.kind)) continue;
    if (beforeEls[j - 2]!.cls & REPORTING_VERB) return true;
  }
  return false;
}

/** The kinds of name a listed count can be set in: a place, or a state read as its government. */
const PLACES: ReadonlySet<string> = new Set(['place', 'government']);

/** Adverbs by which a sentence says it passes on what someone else reported. */
const HEARSAY: ReadonlySet<string | undefined> = new Set(['reportedly', 'allegedly']);

/** The sentence of `els` ends in a ", according to X" (X a few words): its source closes it rather than opening an account. */
export function closingAccording(ctx: AttributionContext, els: Element[]): boolean {
  for (let k = Math.max(1, els.length - ACCORDING_REACH - 2); k < els.length - 2; k++) {
    if (accordingAt(els, k) && hasCharBetween(ctx, els[k - 1]!.end, els[k]!.start, COMMA)) return true;
  }
  return false;
}
