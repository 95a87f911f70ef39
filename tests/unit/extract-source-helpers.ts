// Lookups shared by the tests of sources: the names found in a text (mentions) and who each claim is given to.
import { extract, type Claim, type Extraction, type Mention, type MentionKind } from '../../src/extract';

/**
 * The speaker of a quote: in a text, of the quote that holds `words`; in an extraction, of the quote
 * that starts with them.
 */
export function speakerOf(text: string, words: string): string | null;
export function speakerOf(r: Extraction, start: string): string | null;
export function speakerOf(source: string | Extraction, words: string): string | null {
  const quotes = (typeof source === 'string' ? extract(source) : source).claims.filter((c) => c.kind === 'quote');
  const quote = typeof source === 'string' ? quotes.find((c) => c.text.includes(words)) : quotes.find((c) => c.text.startsWith(words));
  if (!quote) throw new Error(`no quote ${typeof source === 'string' ? 'with' : 'starting'} "${words}"`);
  return quote.attributedTo;
}

/** The sources of the claims of one kind, in text order. */
export const byKind = (r: Extraction, kind: Claim['kind']): (string | null)[] => r.claims.filter((c) => c.kind === kind).map((c) => c.attributedTo);

/** Each claim as [kind, attributedTo, reportedBy, first figure's value]. */
export const claimRows = (text: string): [string, string | null, string | null, number | null][] =>
  extract(text).claims.map((c) => [c.kind, c.attributedTo, c.reportedBy, c.figures[0]?.value ?? null]);

/** "kind by" of each claim. */
export const claimSources = (text: string): string[] => extract(text).claims.map((c) => `${c.kind} ${c.attributedTo}`);

/** The mention named `name`; the error lists the names there are. */
export function mention(r: Extraction, name: string): Mention {
  const m = r.mentions.find((x) => x.name === name);
  if (!m) throw new Error(`no mention "${name}" in ${JSON.stringify(r.mentions.map((x) => x.name))}`);
  return m;
}

/** The kind of each mention, by name. */
export const kinds = (r: Extraction): Record<string, MentionKind> => Object.fromEntries(r.mentions.map((m) => [m.name, m.kind]));

/** Each mention of an extraction as [name, kind]. */
export const namedKinds = (r: Extraction): [string, string][] => r.mentions.map((m) => [m.name, m.kind]);
/** Each mention of a text as [name, kind]. */
export const mentionKinds = (text: string): [string, string][] => namedKinds(extract(text));
/** Each mention of a text as [name, kind, count]. */
export const named = (text: string): [string, MentionKind, number][] => extract(text).mentions.map((m) => [m.name, m.kind, m.count]);
/** Each mention of a text as [name, kind, role]. */
export const mentionRoles = (text: string): [string, string, string | null][] => extract(text).mentions.map((m) => [m.name, m.kind, m.role]);
/** "name kind" of each mention of a text. */
export const mentionLabels = (text: string): string[] => extract(text).mentions.map((m) => `${m.name} ${m.kind}`);
/** The names of the mentions of a text. */
export const nameList = (text: string): string[] => extract(text).mentions.map((m) => m.name);
