/** Sentences that go on with a briefing whose source a closing tag named in the sentence before ("…, Ostra Fire said. It has burned …"); its own file because only the sentence's source asks it. */
import { type AttributionContext, type Element, hasCharBetween, hasReportingVerb, sentenceElements } from './context';
import { COMMA } from '../chars';
import { ARTICLES, DEAD_NOUNS, hasCount, isCount, WHICH_WHO } from './words';
import { sourceOfSentence } from './sentence-sources';
import { unnamedReporter } from './unnamed-reporters';

/**
 * "The blaze has destroyed 800 homes, Ostra Fire said in an update on Monday. It has burned 9,000 acres and is 30 percent
 * contained.", "…, its mayor, Ana Ruiz, said. The dead include 12 children": a sentence with a count opening with "it" or
 * "the dead", with no verb of speech nor speaker of its own, right after a sentence of its paragraph whose source a closing
 * tag names (after a comma, past that sentence's first count), goes on with the same briefing: that source, or null.
 * Why: the thing briefed on, not the speaker, is its subject, and its counts went to no one.
 */
export function continuedAfterTag(ctx: AttributionContext, els: Element[], i: number): number | null {
  if (!(els[0]?.lower === 'it' || (els[0]?.lower === 'the' && DEAD_NOUNS.has(els[1]?.lower)))) return null;
  const before = ctx.sents[i - 1];
  if (!before || before.para !== ctx.sents[i]!.para || !hasCount(els, 1) || hasReportingVerb(els) || relativeBeforeCount(els)) return null;
  const source = sourceOfSentence(ctx, i - 1);
  if (source === null) return null;
  const prev = sentenceElements(ctx, i - 1);
  const first = prev.findIndex(isCount);
  if (first < 0) return null;
  const tag = prev.findIndex((e, k) => k > first && e.name?.entity === source && afterComma(ctx, prev, ARTICLES.has(prev[k - 1]!.lower ?? '') ? k - 1 : k));
  if (tag < 0 || unnamedReporter(ctx, i) !== null) return null;
  return source;
}

/**
 * "It hit towns still rebuilding after Cyclone Idra, which killed 60 people": a count in a relative clause tells of the
 * thing that clause hangs on, a background fact the writer adds, not what the briefing goes on to say.
 */
function relativeBeforeCount(els: Element[]): boolean {
  for (const e of els) {
    if (isCount(e)) return false;
    if (WHICH_WHO.has(e.lower)) return true;
  }
  return false;
}

/** A comma stands right before els[k] (the tag's name, or the article before it). */
const afterComma = (ctx: AttributionContext, els: Element[], k: number): boolean => k > 0 && hasCharBetween(ctx, els[k - 1]!.end, els[k]!.start, COMMA);
