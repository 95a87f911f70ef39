/** Whether a word beside a number is a month's name, which makes the number a date ("June 24", "May 15 300 people"). */
import { classAt, UPPER } from '../chars';
import { MONTHS } from '../lexicon';

/** A word in lower case without a final full stop, as MONTHS and other word lists have it ("Aug." → "aug"). */
export function wordKey(w: string): string {
  const lower = w.toLowerCase();
  return lower.endsWith('.') ? lower.slice(0, -1) : lower;
}

/** A capitalised month name, also abbreviated with its full stop ("June", "Sept", "Aug."). */
export const isMonth = (w: string): boolean => w !== '' && (classAt(w, 0) & UPPER) !== 0 && MONTHS.has(wordKey(w));
