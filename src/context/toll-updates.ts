import type { Span } from '../extract/types';
import { hasAsciiWord, isDigit } from '../extract/chars';

// Counts that are no toll of their own beside the others of an article.

/**
 * "lowered the toll from 89 to 42": the "from" value of an update is the toll it replaced, which no
 * source gives any more; only the value it was set to is compared.
 */
export function replaced(text: string, span: Span): boolean {
  if (!text.startsWith('from ', span.start - 5)) return false;
  return (text.startsWith(' to ', span.end) && isDigit(text.charCodeAt(span.end + 4))) || UPDATED_FROM.test(text.slice(Math.max(0, span.start - 40), span.start));
}
/**
 * "The number of missing was raised from four earlier in the day": a count an update replaced, also
 * where the new value is told apart ("There are now 32").
 */
const UPDATED_FROM = /\b(?:raised|lowered|revised|increased|reduced|updated|corrected|rose|risen|climbed|jumped|fell|fallen|dropped)(?: (?:up|down|upwards|downwards))? from $/i;

/**
 * "Of those arrested on Sunday, 87 are already in prison": a count out of a group the clause named
 * first, a part of its toll, not a rival one.
 */
export function partOfNamed(text: string, span: Span): boolean {
  if (!text.startsWith(', ', span.start - 2)) return false;
  const before = text.slice(Math.max(0, span.start - 60), span.start);
  return hasAsciiWord(before, 'of ') && PART_OF_NAMED.test(before);
}
const PART_OF_NAMED = /(?:^|[.;:!?,]\s+|\n\s*|\band\s+)of (?:those|these|them|the)\b[^,.;:!?\d]{0,45}, $/i;
