import { mapped } from './arrays';
import type { Named } from './attribution';
import { buildClaims } from './claims';
import { classify } from './names/classify';
import { COURTESY_TITLES, KNOWN_NAMES } from './lexicon';
import { findOccurrences } from './names/mentions';
import { mergeOccurrences } from './names/merge';
import { withListedPlaces } from './names/place-lists';
import { findQuotes } from './quotes';
import { paragraphs, sentences } from './sentences';
import { tokenize } from './tokens';
import type { Extraction, Gazetteer, Mention } from './types';

export { gazetteerKind } from './names/classify';
export { readDateline, type Dateline, type DatelineOptions } from './datelines';
export type { Claim, Comparator, Extraction, Figure, Gazetteer, Mention, MentionKind, Span } from './types';

/** Articles are far shorter; the cap keeps a pathological page from stalling the content script. */
export const MAX_CHARS = 300_000;

/**
 * Named mentions and the claims (quotes, figures, attributed statements) of an article's body text,
 * paragraphs separated by line breaks. Pure and deterministic; text past MAX_CHARS is ignored.
 */
export function extract(input: string, opts: { gazetteer?: Gazetteer } = {}): Extraction {
  if (typeof input !== 'string' || !input.trim()) return { mentions: [], claims: [] };
  const text = input.length > MAX_CHARS ? input.slice(0, MAX_CHARS) : input;
  const { gazetteer } = opts;
  const paras = paragraphs(text);
  const sents = sentences(text, paras);
  const known = (lower: string): boolean => KNOWN_NAMES.has(lower) || !!gazetteer?.kindOf(lower);

  const tokens = tokenize(text, sents);
  const quotes = findQuotes(text, paras);
  // The words inside quotation marks, in text order (a quote split by "he said" leaves the tag out).
  const quoted = quotes.flatMap((q) => q.segments).sort((a, b) => a.start - b.start);
  const groups = mergeOccurrences(findOccurrences(text, sents, tokens, known), paras, quoted);
  const kinds = withListedPlaces(groups, mapped(groups, (g) => classify(g, text, gazetteer)), text);
  const mentions: Mention[] = mapped(groups, (g, i) => ({
    name: withInitialsStop(g.name, g.occurrences, text),
    kind: kinds[i]!,
    count: g.occurrences.length,
    forms: [...new Set(g.occurrences.map((o) => o.form))],
    // "Mr Pyne": a courtesy title says nothing of who the person is; a title elsewhere does.
    role: g.occurrences.find((o) => o.role && !COURTESY_TITLES.has(o.role.toLowerCase()))?.role ?? null,
    spans: g.occurrences.map((o) => ({ start: o.start, end: o.end })),
  }));
  const names: Named[] = [];
  groups.forEach((g, entity) => {
    for (const o of g.occurrences) names.push({ start: o.start, end: o.end, entity, kind: mentions[entity]!.kind, role: o.role });
  });
  names.sort((a, b) => a.start - b.start);

  const claims = buildClaims(text, paras, sents, quotes, names, mapped(mentions, (m) => m.name), tokens);
  return { mentions, claims };
}

/**
 * "One U.N. official said": the words of dotted initials leave out their last full stop (it may also end a sentence); the
 * name gets it back where the text has it, so a card reads "U.N.", not a cut "U.N".
 */
function withInitialsStop(name: string, occurrences: readonly { form: string; end: number }[], text: string): string {
  return DOTTED_INITIALS.test(name) && occurrences.some((o) => o.form === name && text.charCodeAt(o.end) === 46) ? `${name}.` : name; // .
}
const DOTTED_INITIALS = /(?:^|\s)(?:\p{Lu}\.)+\p{Lu}$/u;
