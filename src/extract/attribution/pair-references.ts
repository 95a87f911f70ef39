/** What "both organizations" stands for: the two bodies named together just before; its own file because no single name's noun or title picks a pair out. */
import { type AttributionContext, type Element, hasCharBetween, type Named, punctuatedBetween } from './context';
import { accordingAt, ACCORDING_REACH, BODIES, BODY_NOUN, singularClass } from './words';
import { definite } from './definite-references';
import { COMMA } from '../chars';
import { firstFrom } from '../ranges';
import { GOV_HEAD, wordClass } from '../wordclass';

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

/**
 * "The coast guard and the navy gave different counts of the drowned, with the former saying 14 had died": "the former"
 * (or "the latter") stands for the first (or second) of two subjects joined by "and" that open its sentence, a name or a
 * body's noun ("the coast guard" for the guard named before). Why: read as a title, "former" named no one, and a count
 * one of two rival bodies gave went uncredited. That source's entity, or null.
 */
export function formerOrLatter(ctx: AttributionContext, els: Element[], at: number): number | null {
  const word = els[at]?.lower;
  if ((word !== 'former' && word !== 'latter') || els[at - 1]?.lower !== 'the') return null;
  let and = 1;
  while (and < at - 1 && and <= PAIR_SUBJECT_WORDS && els[and]!.lower !== 'and') and++;
  if (els[and]?.lower !== 'and' || and >= at - 1 || punctuatedBetween(ctx, els[0]!.start, els[and]!.start)) return null;
  return word === 'former' ? pairSubject(ctx, els, and - 1, -1, 0) : pairSubject(ctx, els, and + 1, 1, Math.min(at - 2, and + PAIR_SUBJECT_WORDS));
}

/** Most words of each subject of the pair ("the state civil defense agency"). */
const PAIR_SUBJECT_WORDS = 5;

/** The source of one subject of the pair: its name, else its body's noun read as "the company" is; read from `from` by `step` up to `last`. */
function pairSubject(ctx: AttributionContext, els: Element[], from: number, step: 1 | -1, last: number): number | null {
  for (let k = from; step > 0 ? k <= last : k >= last; k += step) {
    const e = els[k]!;
    if (e.name) return BODIES.has(e.name.kind) || e.name.kind === 'person' ? e.name.entity : null;
    if (e.lower !== undefined && singularClass(e.lower) & (BODY_NOUN | GOV_HEAD)) return definite(ctx, els, k);
  }
  return step < 0 ? namedEndingIn(ctx, els, from) : null;
}

/**
 * "Ostra's coast guard … The coast guard and the navy …": the words from "the" to els[end] end a body's name given
 * before (no noun of the lexicon's heads them); that body's entity, or null.
 */
function namedEndingIn(ctx: AttributionContext, els: Element[], end: number): number | null {
  let the = end;
  while (the > 0 && els[the]!.lower !== 'the') the--;
  if (els[the]?.lower !== 'the' || the === end) return null;
  const words = ctx.text.slice(els[the + 1]!.start, els[end]!.end).toLowerCase();
  for (let i = firstFrom(ctx.names, els[the]!.start) - 1; i >= 0; i--) {
    const n = ctx.names[i]!;
    const named = ctx.text.slice(n.start, n.end).toLowerCase();
    if (BODIES.has(n.kind) && named.endsWith(words) && /[\s'’]/.test(named.charAt(named.length - words.length - 1))) return n.entity;
  }
  return null;
}

/**
 * formerOrLatter's source as a name standing where "the former" at els[at] stands, of the kind it was last given (for the
 * clause readers, which hand on names; the claim's text starts at the name, so not at the one given sentences before).
 */
export function formerOrLatterNamed(ctx: AttributionContext, els: Element[], at: number): Named | null {
  const entity = formerOrLatter(ctx, els, at);
  if (entity === null) return null;
  for (let i = firstFrom(ctx.names, els[at]!.start) - 1; i >= 0; i--) {
    const n = ctx.names[i]!;
    if (n.entity === entity) return { start: els[at - 1]!.start, end: els[at]!.end, entity, kind: n.kind, role: n.role };
  }
  return null;
}
