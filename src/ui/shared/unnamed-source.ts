import type { SourceCard } from '../../context/types';

/** The names of the cards of sources the article describes without naming them ("local media", "the health ministry"). */
export function describedNames(sources: readonly SourceCard[]): ReadonlySet<string> {
  return new Set(sources.filter((s) => s.describedAs).map((s) => s.name));
}

/**
 * The article's words for a claim's source when the article does not name it, or null when it does (or gives none). A
 * claim a description reports is credited to that description's card (src/context/carded-reporters.ts): still unnamed,
 * so the reader is told so, in the article's words.
 */
export function unnamedSource(by: { attributedTo: string | null; reportedBy: string | null }, described: ReadonlySet<string>): string | null {
  if (by.attributedTo !== null && !described.has(by.attributedTo)) return null;
  return by.reportedBy ?? by.attributedTo;
}
