/** Quoted words that name a thing rather than report speech ("patients with “severe kidney failure”"); separate because a term is read from the whole text, not its sentence. */
import type { Range } from './sentences';
import { FUNCTION, wordClass } from './wordclass';

/**
 * `the sickness the ministry calls “late leaf blight” …, known as ‘late leaf blight’`: a few lower-case words with no
 * punctuation closing speech, set in marks again elsewhere in the text or after a word that names (“refer to it as”,
 * “known as”, “dubbed”), are a term the writer holds at a distance, no one's quote. Why: each one read as a quote of the
 * sentence's source. `close` is the closing mark's offset, `inner` the words inside.
 */
export function quotedTerm(text: string, open: number, close: number, inner: Range): boolean {
  const words = text.slice(inner.start, inner.end);
  if (inner.end !== close || !TERM.test(words) || words.split(' ').some((w) => wordClass(w) & FUNCTION)) return false;
  return NAMING_BEFORE.test(text.slice(Math.max(0, open - NAMING_CHARS), open)) || quotedElsewhere(text, words, inner.start);
}

/**
 * Three or four lower-case words and nothing else ("acute kidney failure"), none a function word: longer quoted words are
 * mostly speech, and so are words like "so much lost", which a speaker's clause holds.
 */
const TERM = /^\p{Ll}[\p{Ll}'’-]*(?: \p{Ll}[\p{Ll}'’-]*){2,3}$/u;

/** Words that give a thing the name quoted after them. */
const NAMING_BEFORE = /\b(?:refer(?:s|red|ring)?\s+to\s+(?:it|them|this|these)\s+as|(?:also\s+|widely\s+)?known\s+as|dubbed|termed)\s+$/i;
const NAMING_CHARS = 40;

/** The same words stand in quotation marks somewhere other than at `at`. */
function quotedElsewhere(text: string, words: string, at: number): boolean {
  for (let i = text.indexOf(words); i >= 0; i = text.indexOf(words, i + 1)) {
    if (i !== at && MARK.test(text[i - 1] ?? '') && MARK.test(text[i + words.length] ?? '')) return true;
  }
  return false;
}

/** Quotation marks, opening or closing. */
const MARK = /^[“”"«»„‘’']$/;

/**
 * `a rally its organisers called the “Night of the Lanterns.”`: a verb that names a thing ("called", "named", "dubbed",
 * "known as"), maybe with "the", right before the opening mark at `open`: the words after it are the thing's name, even
 * where the full stop closing the writer's sentence stands inside the marks (quotes.ts reads that stop as speech's).
 */
export const namedAfter = (text: string, open: number): boolean => NAMED_BEFORE.test(text.slice(Math.max(0, open - NAMING_CHARS), open));

/** A naming verb, maybe with "the", right before a name in marks. */
const NAMED_BEFORE = /\b(?:called|named|dubbed|known\s+as)\s+(?:the\s+)?$/i;
