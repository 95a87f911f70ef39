/** Capitalised words inside or right after brackets that follow a name: its sites ("AIIMS (Delhi and Jhajjar)") or the rest of the name a short form interrupted ("Ram Lohia (RML) Hospital"); an editor's insertion in square brackets before a name. */

import { isHeadToken } from './name-shapes';
import { isShortForm, type Token } from '../tokens';

/** The token before tokens[k] is a capitalised word set right before " (". */
function nameBeforeBracket(text: string, tokens: readonly Token[], k: number, from: number): boolean {
  const prev = k > from ? tokens[k - 1]! : undefined;
  return prev !== undefined && prev.capitalised && text[prev.end] === ' ' && text[prev.end + 1] === '(';
}

/**
 * "the Kelmor University Hospital (Lund and Malmö)", "AIIMS (Delhi Trauma Centre and Jhajjar)": a list
 * in brackets right after a body's name says where the body is, its sites; none of them is a source, and
 * the list is no one name.
 */
export function isBracketedSiteList(text: string, tokens: readonly Token[], run: readonly Token[], i: number, from: number): boolean {
  const first = run[0]!;
  const last = run[run.length - 1]!;
  if (text[first.start - 1] !== '(' || text[last.end] !== ')' || !nameBeforeBracket(text, tokens, i, from)) return false;
  return run.some((t) => t.text === 'and');
}

/**
 * "Vijay Raje Scindia (VRS) Hospital and …": the head words right after a short form in brackets end the
 * name the short form abbreviates, not a name of their own: how many of run's first words are such.
 */
export function headWordsAfterShortForm(text: string, tokens: readonly Token[], run: readonly Token[], i: number, from: number): number {
  const first = run[0];
  if (!first || i < from + 2 || text[first.start - 1] !== ' ' || text[first.start - 2] !== ')') return 0;
  const short = tokens[i - 1]!;
  if (short.end !== first.start - 2 || text[short.start - 1] !== '(' || !isShortForm(short.text) || !nameBeforeBracket(text, tokens, i - 1, from)) return 0;
  let n = 0;
  while (n < run.length && isHeadToken(run[n]!)) n++;
  return n;
}

/**
 * "the [Nelson Mandela] Kelmor hospital": words an editor set in square brackets right before a
 * capitalised word are the first words of that name, which the quoted writer left out; not a name
 * of their own (no "Nelson Mandela" source). `run` is the capitalised run, `next` the token after it.
 */
export function isInsertionBeforeName(text: string, run: readonly Token[], next: Token | undefined): boolean {
  const last = run[run.length - 1]!;
  return text[run[0]!.start - 1] === '[' && text[last.end] === ']' && next !== undefined && next.capitalised && next.start === last.end + 2 && text[last.end + 1] === ' ';
}
