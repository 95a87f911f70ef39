/** What every step of attribution reads: the text, its names and tokens as elements, and the sentence-level caches; kept apart so each concern takes one small typed context. */
import { CLOSE_PAREN, DOT, OPEN_PAREN, SPACE_CODE } from '../chars';
import { firstFrom } from '../ranges';
import { REPORTING_VERB } from '../wordclass';
import type { Range, Sentence } from '../sentences';
import type { Token } from '../tokens';
import type { MentionKind } from '../types';
import type { Reporter } from './unnamed-reporters';

/** An occurrence of a merged mention: which entity, of what kind, with what title. */
export interface Named extends Range {
  entity: number;
  kind: MentionKind;
  role: string | null;
}

/**
 * A word or a whole name, of the text an attribution is read from. A word is the token itself (its
 * lower-case form and lexicon classes), so that reading a sentence makes no object per word.
 */
export type Element = (Token & { name?: undefined }) | NameElement;

/** A name standing for its words; `tokenEnd` is the end of the word that brought it in (its first word there). */
interface NameElement {
  lower: undefined;
  cls: 0;
  name: Named;
  start: number;
  end: number;
  tokenEnd: number;
}

/** The text attribution reads and what it reads once; every concern takes it as its first argument. */
export interface AttributionContext {
  readonly text: string;
  readonly sents: Sentence[];
  readonly names: Named[];
  readonly quoted: Range[];
  readonly tokens: readonly Token[];
  /** Entities named as people. */
  readonly people: ReadonlySet<number>;
  /** Elements of each sentence, read when first asked. */
  readonly bySentence: (Element[] | undefined)[];
  /** Source of each sentence, read once (null while it is being read: a pronoun there cannot stand for it). */
  readonly sources: (number | null | undefined)[];
  /** The unnamed speaker each sentence opens with (openingReporter), read once: quotes, statements and figures of a sentence all ask. */
  readonly openings: (Reporter | null | undefined)[];
  /** The nouns of bodies ("union", "retailer") each entity is named right after, read when first asked. */
  cues: Map<number, Set<string>> | undefined;
  /** Short forms the text brackets after a speaker's noun ("the chief officer (CFO)"), read when first asked. */
  speakerShortForms: Set<string> | undefined;
}

/** A context over `text` with its sentences, merged names, quoted ranges and tokens. */
export function attributionContext(text: string, sents: Sentence[], names: Named[], quoted: Range[], tokens: readonly Token[]): AttributionContext {
  const people = new Set(names.filter((n) => n.kind === 'person').map((n) => n.entity));
  return { text, sents, names, quoted, tokens, people, bySentence: [], sources: [], openings: [], cues: undefined, speakerShortForms: undefined };
}

/** Elements of sentence `i` (of its first MAX_SENTENCE characters), read once: sources, pronouns and antecedents ask for them. */
export function sentenceElements(ctx: AttributionContext, i: number): Element[] {
  let els = ctx.bySentence[i];
  if (!els) {
    const s = ctx.sents[i]!;
    els = elements(ctx, s.start, Math.min(s.end, s.start + MAX_SENTENCE));
    ctx.bySentence[i] = els;
  }
  return els;
}

/** Words and names of text[start, end), outside quotations, a name standing for all its words. */
export function elements(ctx: AttributionContext, start: number, end: number): Element[] {
  const { tokens, names, quoted } = ctx;
  const out: Element[] = [];
  let n = firstFrom(names, start);
  // Quoted ranges are sorted and do not overlap: the one holding a word is the first ending after it.
  let q = Math.max(0, firstFrom(quoted, start + 1) - 1);
  for (let k = firstFrom(tokens, start); k < tokens.length && tokens[k]!.end <= end; k++) {
    const t = tokens[k]!;
    while (q < quoted.length && quoted[q]!.end <= t.start) q++;
    if (q < quoted.length && quoted[q]!.start <= t.start) continue;
    while (n < names.length && names[n]!.end <= t.start) n++;
    const name = names[n];
    if (name && name.start <= t.start && t.start < name.end) {
      if (out[out.length - 1]?.name !== name) out.push({ lower: undefined, cls: 0, name, start: name.start, end: name.end, tokenEnd: t.end });
    } else out.push(t);
  }
  return out;
}

/** '…,” ' / '…?" ': a quote closes right before `pos` (its tag's verb or subject follows), not before `floor`. */
export const quoteClosesBefore = (ctx: AttributionContext, pos: number, floor = 0): boolean => QUOTE_CLOSED.test(ctx.text.slice(Math.max(floor, pos - 4), pos));
const QUOTE_CLOSED = /[,!?]['’"”]\s*$/;

/** A reporting verb stands among `els` (a loop, where `.some` would make a closure per call). */
export function hasReportingVerb(els: Element[]): boolean {
  for (const e of els) if (e.cls & REPORTING_VERB) return true;
  return false;
}

/** /[.,;:!?—–()]/ in text[from, to). */
export function punctuatedBetween(ctx: AttributionContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = ctx.text.charCodeAt(i);
    // Most gaps between words are one space: asked first, it skips the set lookup.
    if (c !== SPACE_CODE && PUNCTUATION.has(c)) return true;
  }
  return false;
}

/** /[.!?]/ in text[from, to). */
export function endsSentenceBetween(ctx: AttributionContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = ctx.text.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63) return true;
  }
  return false;
}

/** The code unit `c` in text[from, to); read there only (indexOf would search on to the text's end where it is absent). */
export function hasCharBetween(ctx: AttributionContext, from: number, to: number, c: number): boolean {
  for (let i = from; i < to; i++) if (ctx.text.charCodeAt(i) === c) return true;
  return false;
}

/** The name is a possessive: "Ferri's" of "Ferri's lawyer", "Chambers'" of "Chambers' estimate". */
export function possessed(ctx: AttributionContext, e: Element): boolean {
  // Both forms go on with an apostrophe: most words do not, and are passed by before any string is made.
  const c = ctx.text.charCodeAt(e.end);
  if (c !== APOSTROPHE && c !== RIGHT_QUOTE) return false;
  const after = ctx.text.slice(e.end, e.end + 3);
  return /^['’]s\s/.test(after) || (ctx.text.charCodeAt(e.end - 1) === 115 && /^['’]\s/.test(after));
}

/** End of the word that brought an element in. */
export const tokenEndOf = (e: Element): number => (e.name ? e.tokenEnd : e.end);

/** Longer "sentences" are lists or garbage: not read for sources. */
/** A quote's words end with a full stop right before its closing mark (`close` is just after that mark, `open` at its opening one). */
export function stopInside(ctx: AttributionContext, open: number, close: number): boolean {
  let k = close - 2;
  while (k > open && ctx.text.charCodeAt(k) === 32) k--;
  return ctx.text.charCodeAt(k) === DOT;
}


export const MAX_SENTENCE = 2_000;

/** The word or name at `r` stands alone in round brackets, as a body's initials do: "(CFO)". */
export const inBrackets = (text: string, r: Range | undefined): boolean => r !== undefined && text.charCodeAt(r.start - 1) === OPEN_PAREN && text.charCodeAt(r.end) === CLOSE_PAREN;

/** "the Intelligence Bureau (IB)": `short` is a short form in brackets right after a name ending at `end`, one space between. */
export const shortFormAfter = (text: string, end: number, short: Range): boolean => text.slice(end, short.start) === ' (' && text.charCodeAt(short.end) === CLOSE_PAREN;

/** ; — ends a clause as a full stop ends a sentence. */
export const SEMICOLON = 59;
const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;
const PUNCTUATION = new Set([...'.,;:!?—–()'].map((c) => c.charCodeAt(0)));
