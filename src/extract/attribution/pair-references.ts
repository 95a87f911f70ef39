/** What "both organizations" stands for: the two bodies named together just before; its own file because no single name's noun or title picks a pair out. */
import { type AttributionContext, type Element, hasCharBetween, punctuatedBetween } from './context';
import { accordingAt, ACCORDING_REACH, BODIES, BODY_NOUN } from './words';
import { COMMA } from '../chars';
import { firstFrom } from '../ranges';
import { wordClass } from '../wordclass';

/**
 * `The Ostra Relief Fund and the Kelmor Red Cross warned of “…”. According to the Kelmor Times, both organizations regretted
 * the deaths, saying that this moment “…”`: after "according to" a source set off by a comma, a subject of "both" (or "the
 * two") and a body's noun in the plural stands for the two bodies named together with "and" a sentence or two before; the
 * quote in that clause is theirs, the source after "according to" only relays it. The second body, as "A and B said" gives
 * B; null where no such pair is named.
 */
export function accordingPair(ctx: AttributionContext, els: Element[]): number | null {
  if (!accordingAt(els, 0)) return null;
  let k = 2;
  while (k < els.length && k < 2 + ACCORDING_REACH && !hasCharBetween(ctx, els[k]!.end, els[k + 1]?.start ?? els[k]!.end, COMMA)) k++;
  let head = k + 1;
  if (els[head]?.lower === 'both') head++;
  else if (els[head]?.lower === 'the' && els[head + 1]?.lower === 'two') head += 2;
  else return null;
  const first = head;
  while (head < els.length && head < first + PAIR_NOUN_WORDS && !pluralBody(els[head]!.lower)) head++;
  const noun = els[head];
  if (noun === undefined || !pluralBody(noun.lower) || punctuatedBetween(ctx, els[k + 1]!.end, noun.start)) return null;
  return pairBefore(ctx, els[0]!.start);
}

/** "organizations", "agencies": the plural of a body's noun (the lexicon classes only the singular). */
function pluralBody(word: string | undefined): boolean {
  if (word === undefined || !word.endsWith('s')) return false;
  return (wordClass(word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.slice(0, -1)) & BODY_NOUN) !== 0;
}

/** Most words from "both" to the plural noun ("both international aid organizations"). */
const PAIR_NOUN_WORDS = 3;

/** The second of two bodies named with "and" between them (a bracketed short form may follow the first), a sentence or two before `pos`. */
function pairBefore(ctx: AttributionContext, pos: number): number | null {
  const at = firstFrom(ctx.sents, pos + 1) - 1;
  const floor = ctx.sents[Math.max(0, at - PAIR_LOOKBACK)]!.start;
  for (let i = firstFrom(ctx.names, pos) - 1; i > 0 && ctx.names[i - 1]!.start >= floor; i--) {
    const b = ctx.names[i]!;
    // The first body's short form in brackets is no name of its own here.
    const j = i >= 2 && ctx.text.charCodeAt(ctx.names[i - 1]!.start - 1) === OPEN_BRACKET ? i - 2 : i - 1;
    const a = ctx.names[j]!;
    if (BODIES.has(a.kind) && BODIES.has(b.kind) && a.entity !== b.entity && AND_BETWEEN.test(ctx.text.slice(a.end, b.start))) return b.entity;
  }
  return null;
}

const OPEN_BRACKET = 40;

/** How many sentences back the pair may be named. */
const PAIR_LOOKBACK = 2;

/** "and" between two names, maybe after the first's short form in brackets and before "the". */
const AND_BETWEEN = /^\s*(?:\([^()]{1,15}\)\s*)?and\s+(?:the\s+)?$/;
