import { ABBREVIATIONS } from './lexicon';

export interface Range {
  start: number;
  end: number;
}

export interface Sentence extends Range {
  /** Index of the paragraph the sentence belongs to. */
  para: number;
}

/** Non-empty lines, trimmed: both "\n\n" and "\n" separate paragraphs in extracted article text. */
export function paragraphs(text: string): Range[] {
  const out: Range[] = [];
  for (const m of text.matchAll(/[^\r\n]+/g)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (!body) continue;
    const start = (m.index ?? 0) + lead;
    out.push({ start, end: start + body.length });
  }
  return out;
}

// End punctuation plus closing quotes/brackets, when the next word starts like a sentence.
const BOUNDARY = /[.!?…]+["”’»)\]]*(?=\s+["“‘«(\[]?[\p{Lu}\p{N}])/gu;

/** Sentences of every paragraph, in order. */
export function sentences(text: string, paras: Range[]): Sentence[] {
  const out: Sentence[] = [];
  paras.forEach((p, para) => {
    const body = text.slice(p.start, p.end);
    let start = 0;
    for (const m of body.matchAll(BOUNDARY)) {
      const at = m.index ?? 0;
      if (m[0][0] === '.' && m[0].length === 1 && isAbbreviation(body, at)) continue;
      const end = at + m[0].length;
      out.push({ start: p.start + start, end: p.start + end, para });
      start = end + (/^\s*/.exec(body.slice(end))?.[0].length ?? 0);
    }
    if (start < body.length) out.push({ start: p.start + start, end: p.end, para });
  });
  return out;
}

/** "Dr." or an initial ("J." / "U.S.") does not end a sentence. */
function isAbbreviation(body: string, dot: number): boolean {
  const word = /([\p{L}.]+)$/u.exec(body.slice(Math.max(0, dot - 12), dot))?.[1] ?? '';
  const last = word.split('.').pop() ?? '';
  return ABBREVIATIONS.has(last.toLowerCase()) || /^\p{Lu}$/u.test(last);
}
