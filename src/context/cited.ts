import { firstFrom } from '../extract/ranges';
import type { Extraction, Mention, Span } from '../extract/types';

/**
 * The names an article cites, as opposed to those it only mentions (a party a politician belongs to,
 * a hospital the wounded were taken to, a rebel group a toll is about, a president a story is about):
 * a claim is attributed to the name, it is an outlet (a news outlet named in a report is its source or
 * its credit), or it is the body a cited name speaks for ("said Anna Varn, director at the Ostra
 * Health Board"; "Kelmor army spokesman Bo Lund said"). Whether a known entity keeps its card anyway is
 * the caller's choice: its card says who it is.
 */
export function citedMentions({ mentions, claims }: Extraction, text: string): Set<Mention> {
  const speakers = new Set(claims.map((c) => c.attributedTo));
  const cited = new Set(mentions.filter((m) => m.kind === 'outlet' || speakers.has(m.name)));
  const spans = [...cited].flatMap((m) => m.spans.map((s) => ({ ...s, person: m.kind === 'person' }))).sort((a, b) => a.start - b.start);
  for (const m of mentions) {
    if (!cited.has(m) && m.kind !== 'place' && m.spans.some((b) => speaksFor(text, spans, b))) cited.add(m);
  }
  return cited;
}

/** How far after a cited name its apposition may name the body it speaks for, and how far a title may stand between a body and its person. */
const APPOSITION_REACH = 120;
const TITLE_REACH = 40;
const MAX_APPOSITION_WORDS = 10;

/**
 * ", director at the" / ", secretary-general of US-based" / ", President, " / " of the" / " at the": an
 * apposition or a prepositional phrase that ends where the body's name starts.
 */
const APPOSITION_TO_BODY = /^(?:,\s+[^.;:!?"“”()\n]*?(?:\b(?:of|at|for|with)\s+(?:the\s+)?(?:[\w-]+-based\s+)?|,\s+)|\s+(?:of|at)\s+(?:the\s+)?)$/;

/** "'s chief " / " army spokesman " / " spokesman, ": lower-case title words between a body and the person who speaks for it. */
const TITLE_BEFORE_PERSON = /^(?:['’]s)?\s+(?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*,?\s+$/;

/** Whether the body named at `b` is named in the apposition of a cited name, or in the title of a cited person right after it. */
function speaksFor(text: string, cited: (Span & { person: boolean })[], b: Span): boolean {
  let i = firstFrom(cited, b.start - APPOSITION_REACH);
  for (; i < cited.length && cited[i]!.start < b.start; i++) {
    const c = cited[i]!;
    if (c.end > b.start) continue;
    const between = text.slice(c.end, b.start);
    if (APPOSITION_TO_BODY.test(between) && between.split(/\s+/).length <= MAX_APPOSITION_WORDS + 1) return true;
  }
  for (i = firstFrom(cited, b.end); i < cited.length && cited[i]!.start - b.end <= TITLE_REACH; i++) {
    if (cited[i]!.person && TITLE_BEFORE_PERSON.test(text.slice(b.end, cited[i]!.start))) return true;
  }
  return false;
}
