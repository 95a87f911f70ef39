import type { Span } from '../extract/types';
import { hasAsciiWord } from '../extract/chars';

/**
 * The part of a country a crowd's count is told of, as part of its group key: the capital's ("in the capital", "in the Varnese
 * capital, the organisers claimed 90,000"), or null. Why: organisers and police count one day of marches twice, in the capital
 * and across the country, and a count of the capital that names no city would join the nation's row as its rival.
 */
export function crowdScope(text: string, span: Span): string | null {
  const before = text.slice(Math.max(0, span.start - REACH), span.start);
  if (hasAsciiWord(before, 'capital') && CAPITAL_BEFORE.test(before)) return 'capital';
  const after = text.slice(span.end, span.end + REACH);
  return hasAsciiWord(after, 'capital') && CAPITAL_AFTER.test(after) ? 'capital' : null;
}
const REACH = 240;
/** "in the capital", "in the Varnese capital", then the rest of the sentence up to the count. */
const CAPITAL = String.raw`\b(?:[Ii]n|[Aa]cross|[Tt]hrough|[Aa]round) the (?:[\p{Lu}][\p{L}-]+ )?capital\b`;
const CAPITAL_BEFORE = new RegExp(String.raw`${CAPITAL}[^.;!?]*$`, 'u');
/** The count's own words, then "in the capital", before any other number or sentence break. */
const CAPITAL_AFTER = new RegExp(String.raw`^[^.;!?\d]{0,60}?${CAPITAL}`, 'u');
