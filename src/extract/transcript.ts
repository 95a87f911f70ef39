import type { Named } from './attribution';
import { firstFrom } from './ranges';
import type { Range } from './sentences';

/** "MODERATOR:", "Q:", "Source:": a label of a few capitalised words opening a paragraph. */
const LABEL = /^\s*\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}:\s/u;
/** A label alone before a quote opening at its end: "Varn: “…”". */
const LABEL_ONLY = /^\s*\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}:\s*$/u;
/** Longest label read at a paragraph start. */
const MAX_LABEL = 40;

/**
 * "Clarke: Good afternoon. …": in a transcript, a person's name and a colon opening a paragraph
 * make that person the speaker of what follows, until the next label. The entity named so; null
 * for another label ("Q:", "Source:"), which ends the last speaker's turn; undefined when the
 * paragraph opens with none.
 */
export function transcriptLabel(text: string, para: Range, names: readonly Named[]): number | null | undefined {
  const opening = text.slice(para.start, Math.min(para.end, para.start + MAX_LABEL));
  // Most paragraphs have no colon near their start: the expression runs only on those that do.
  if (!opening.includes(':') || !LABEL.test(opening)) return undefined;
  const name = names[firstFrom(names, para.start)];
  const speaks = name !== undefined && name.kind === 'person' && text.charCodeAt(name.end) === 58 && !text.slice(para.start, name.start).trim(); // :
  return speaks ? name.entity : null;
}

/**
 * `Varn: “Yes.”`: a dialogue line, a label opening the paragraph and a quote that fills the rest of it
 * (from `open` to its closing mark at `close`). Its words are the labelled speaker's reply, however few.
 */
export function dialogueLine(text: string, para: Range, open: number, close: number): boolean {
  return open - para.start <= MAX_LABEL && LABEL_ONLY.test(text.slice(para.start, open)) && !text.slice(close + 1, para.end).trim();
}
