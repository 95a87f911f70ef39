import type { Range } from './sentences';

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Where `form` (two characters or more) stands as whole words in `text`: at most `max` places, in text order. */
export function wordSpans(text: string, form: string, max = Infinity): Range[] {
  const out: Range[] = [];
  if (form.length < 2) return out;
  for (let i = text.indexOf(form); i >= 0 && out.length < max; i = text.indexOf(form, i + form.length)) {
    const before = text[i - 1];
    const after = text[i + form.length];
    if ((before === undefined || !WORD_CHAR.test(before)) && (after === undefined || !WORD_CHAR.test(after))) out.push({ start: i, end: i + form.length });
  }
  return out;
}
