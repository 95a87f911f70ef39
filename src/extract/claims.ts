import { Attributor, type Named } from './attribution';
import { findFigures, type FigureHit } from './figures';
import type { Quote } from './quotes';
import { firstFrom, rangeAt } from './ranges';
import type { Range, Sentence } from './sentences';
import type { Claim, Figure } from './types';

/**
 * Quote, figure and statement claims, read in text order. A "current speaker" carries over: set
 * by each attributed quote or statement and by a sentence opening with "He"/"She", it is given to
 * a quote that opens a sentence with no attribution of its own (a paragraph that is only a quote).
 */
export function buildClaims(
  text: string,
  paras: Range[],
  sents: Sentence[],
  quotes: Quote[],
  names: Named[],
  entityNames: string[],
): Claim[] {
  const segments = quotes.flatMap((q) => q.segments);
  const quoteRanges = quotes.map((q) => ({ start: q.open, end: q.close }));
  const who = new Attributor(text, sents, names, segments);
  const nameOf = (entity: number | null): string | null => (entity === null ? null : entityNames[entity] ?? null);
  const speakers: (number | null)[] = [];
  const quoteFigures: Figure[][] = quotes.map(() => []);
  const claims: Claim[] = [];
  let current: number | null = null;
  let qi = 0;

  for (const s of sents) {
    for (; qi < quotes.length && quotes[qi]!.open < s.end; qi++) {
      const q = quotes[qi]!;
      const next = quotes[qi + 1];
      const nextOpen = next && next.para === q.para ? next.open : null;
      let speaker = who.speakerOf(q, paras[q.para]!.end, nextOpen);
      if (speaker === null && !text.slice(s.start, q.open).trim()) speaker = current;
      speakers[qi] = speaker;
      if (speaker !== null) current = speaker;
    }

    const source = who.sourceOfSentence(s);
    const figures = findFigures(text, s, names, segments);
    for (const f of figures) {
      const q = firstFrom(quoteRanges, f.figure.span.start + 1) - 1;
      const inQuote = rangeAt(segments, f.figure.span.start) !== undefined && q >= 0;
      if (inQuote) quoteFigures[q]!.push(f.figure);
      claims.push(figureClaim(text, f, nameOf(inQuote ? speakers[q] ?? null : source)));
    }

    const last = quoteRanges[firstFrom(quoteRanges, s.end) - 1];
    const hasQuote = last !== undefined && last.end > s.start;
    if (!hasQuote && source !== null) {
      claims.push({
        kind: 'statement',
        text: text.slice(s.start, s.end),
        attributedTo: nameOf(source),
        figures: figures.map((f) => f.figure),
        span: { start: s.start, end: s.end },
      });
      current = source;
    }
    current = who.pronounSubject(s) ?? current;
  }

  quotes.forEach((q, i) => {
    const start = q.segments[0]!.start;
    const end = q.segments[q.segments.length - 1]!.end;
    claims.push({
      kind: 'quote',
      text: text.slice(start, end),
      attributedTo: nameOf(speakers[i] ?? null),
      figures: quoteFigures[i]!,
      span: { start, end },
    });
  });
  return claims.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}

function figureClaim(text: string, f: FigureHit, attributedTo: string | null): Claim {
  return {
    kind: 'figure',
    text: text.slice(f.claim.start, f.claim.end),
    attributedTo,
    figures: [f.figure],
    span: { ...f.claim },
  };
}
