import { groupSources } from '../context/source-groups';
import type { PageContext } from '../context/types';
import type { Span } from '../extract/types';
import { wordSpans } from '../extract/word-spans';
import { cardId } from '../ui/shared/card-id';

/** A span of the article text that belongs to a sidebar card. */
export interface Mark extends Span {
  id: string;
}

// Enough for any real article; bounds the work a pathological page can cause.
const MAX_MARKS = 600;

/**
 * The spans to highlight for a page's context, in text order: every mention of each source with a card
 * (all its surface forms, a known name only mentioned too), each quote, each figure, each fact-checked statement
 * and each correction. A name only listed on the "also named" line has no card for its highlight to open.
 */
export function marksOf(context: PageContext, text: string): Mark[] {
  const marks: Mark[] = [];
  const { cards, known } = groupSources(context);
  for (const s of [...cards, ...known]) {
    const id = cardId.source(s);
    for (const form of new Set([s.name, ...s.forms])) for (const span of wordSpans(text, form, MAX_MARKS)) marks.push({ id, ...span });
  }
  for (const c of context.claims) {
    if (c.kind === 'quote' || (c.kind === 'statement' && c.reviews.length)) marks.push({ id: cardId.claim(c), ...c.span });
    if (c.kind === 'figure') for (const f of c.figures) marks.push({ id: cardId.figure(f), ...f.span });
  }
  for (const c of context.corrections) if (c.span) marks.push({ id: cardId.correction(c), ...c.span });
  return marks
    .filter((m) => m.end > m.start && m.end <= text.length)
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .slice(0, MAX_MARKS);
}
