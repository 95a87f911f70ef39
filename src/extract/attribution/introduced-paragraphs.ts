/** Paragraphs a colon hands to a source ("A spokeswoman for the bank writes us:"); separate because it reads across paragraphs. */
import { type AttributionContext, type Element, hasReportingVerb, possessed, sentenceElements } from './context';
import { sourceOfSentence } from './sentence-sources';
import { openingReporter, unnamedReporter } from './unnamed-reporters';
import { SPEAKS } from './words';

/**
 * "A spokeswoman for Kelmor Bank writes us:", "Read Ostra Watch's reply:", then a paragraph of its own with no quotation
 * marks: a paragraph whose last sentence ends in a colon, after a source's verb of saying or writing or after that source's
 * possessive and a noun of what it said, hands the next paragraph to that source, as quotation marks would. Its sentences,
 * and the figures in them, are that source's, save one that names a speaker of its own ("Police said 40 died"). The source's
 * entity for sentence `i`, or null.
 */
export function introducedBy(ctx: AttributionContext, i: number): number | null {
  const { sents, text } = ctx;
  const para = sents[i]!.para;
  const j = firstOfParagraph(ctx, i) - 1;
  const before = sents[j];
  if (!before || before.para !== para - 1) return null;
  // Most paragraphs do not end in a colon: one look at their last character passes them by.
  let end = before.end;
  while (end > before.start && text.charCodeAt(end - 1) <= SPACE) end--;
  if (text.charCodeAt(end - 1) !== COLON) return null;
  const by = colonSpeaker(ctx, j);
  return by !== null && openingReporter(ctx, i) === null && unnamedReporter(ctx, i) === null ? by : null;
}

/** Index of the first sentence of sentence `i`'s paragraph (sentences are in text order, so a binary search finds it). */
function firstOfParagraph(ctx: AttributionContext, i: number): number {
  const para = ctx.sents[i]!.para;
  let lo = 0;
  let hi = i;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.sents[mid]!.para < para) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The source of sentence `j`, which ends in a colon: X of "X's claim:", else the source of a sentence with a verb of saying. */
function colonSpeaker(ctx: AttributionContext, j: number): number | null {
  const els = sentenceElements(ctx, j);
  const owner = statedOwner(ctx, els);
  if (owner !== undefined) return owner;
  return hasReportingVerb(els) ? sourceOfSentence(ctx, j) : null;
}

/**
 * "… stands against Ostra Watch's (“OW”) claim:": a noun of what someone said closing the sentence, after a possessive name
 * (a bracketed short form may stand between), names whose words follow; the sentence's own subject ("The bank's denial
 * stands against …") does not speak them. The name's entity, null where that name is no speaker, undefined where the
 * sentence does not close so.
 */
function statedOwner(ctx: AttributionContext, els: Element[]): number | null | undefined {
  const last = els.length - 1;
  if (!STATED.has(els[last]?.lower)) return undefined;
  let k = last - 1;
  // "Ostra Watch's (“OW”) claim": past the bracket to the name before it.
  if (k > 0 && /\)\s*$/.test(ctx.text.slice(els[k]!.end, els[k + 1]!.start))) {
    const floor = Math.max(0, k - MAX_BRACKETED);
    while (k > floor && !ctx.text.slice(els[k - 1]!.end, els[k]!.start).includes('(')) k--;
    k--;
  }
  const owner = els[k];
  if (!owner?.name || !possessed(ctx, owner)) return undefined;
  return SPEAKS.has(owner.name.kind) ? owner.name.entity : null;
}

/** Nouns of what a source said or wrote ("X's claim:", "X's full statement:"). */
const STATED: ReadonlySet<string | undefined> = new Set(['claim', 'claims', 'statement', 'response', 'reply', 'answer', 'account', 'explanation', 'version', 'words', 'message', 'letter', 'note', 'post', 'tweet', 'comment', 'comments', 'remarks']);

/** Words a bracket between the possessive and the noun may hold. */
const MAX_BRACKETED = 6;

const COLON = 58;
const SPACE = 32;
