/** Whose account a sentence marked as hearsay ("reportedly") goes on with; separate because it reads the sentence before, not the sentence's own words. */
import { type AttributionContext, type Element, hasCharBetween, sentenceElements } from './context';
import { COMMA } from '../chars';
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
 */
export function hearsaySource(ctx: AttributionContext, i: number): Hearsay | null {
  const s = ctx.sents[i]!;
  const before = ctx.sents[i - 1];
  if (!before || before.para !== s.para) return null;
  const els = sentenceElements(ctx, i);
  if (!els.some((e) => HEARSAY.has(e.lower)) || els.some((e) => e.name !== undefined && SPEAKS.has(e.name.kind))) return null;
  if (closingAccording(ctx, sentenceElements(ctx, i - 1))) return null;
  const entity = sourceOfSentence(ctx, i - 1);
  if (entity !== null) return { entity, reporter: null };
  const reporter = openingReporter(ctx, i - 1) ?? unnamedReporter(ctx, i - 1);
  return reporter && { entity: null, reporter: { ...reporter, until: s.end } };
}

/** Adverbs by which a sentence says it passes on what someone else reported. */
const HEARSAY: ReadonlySet<string | undefined> = new Set(['reportedly', 'allegedly']);

/** The sentence of `els` ends in a ", according to X" (X a few words): its source closes it rather than opening an account. */
export function closingAccording(ctx: AttributionContext, els: Element[]): boolean {
  for (let k = Math.max(1, els.length - ACCORDING_REACH - 2); k < els.length - 2; k++) {
    if (accordingAt(els, k) && hasCharBetween(ctx, els[k - 1]!.end, els[k]!.start, COMMA)) return true;
  }
  return false;
}
