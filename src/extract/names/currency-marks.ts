/** Currency codes by an amount ("US$5.5 billion", "Rs 500"), which mark money, not names. */

import { isDigit } from '../chars';
import { CURRENCY_CODES } from '../lexicon';
import { DIGIT, type Token } from '../tokens';

/**
 * A scale word hyphenated or glued to an amount ("-billion", "billion"; a misprint may glue the next short word to it:
 * "N78.2billionin"), or its short form glued to it ("bn", "m").
 */
const AMOUNT_SCALE = /^(?:-?(?:hundred|thousand|million|billion|trillion|crores?|lakhs?)(?:in|on|at|to|for|and|from|of)?|-(?:mn|bn|tn)|mn|bn|tn|m|b|k)$/i;

/** Most letters of a currency code: "PHP", "KSh". */
const MAX_CURRENCY_CODE = 3;

/**
 * "US$5.5 billion", "P433.4 million", "PHP2.03", "KSh63-billion", "N225bn", "Rs 500", "KSh 80": a currency code glued to an
 * amount, written right before one, or before "$", marks money and names nobody.
 */
export function isCurrencyMark(text: string, t: Token): boolean {
  if (t.shape & DIGIT) {
    // The letters up to the first digit (and a full stop after them: "Rs.500") are the code, the rest a number.
    let k = 0;
    while (k < t.text.length && !isDigit(t.text.charCodeAt(k))) k++;
    const code = t.text.charCodeAt(k - 1) === 46 ? t.text.slice(0, k - 1) : t.text.slice(0, k);
    if (!CURRENCY_CODES.has(code)) return false;
    let i = k;
    while (i < t.text.length && (isDigit(t.text.charCodeAt(i)) || t.text.charCodeAt(i) === 46 || t.text.charCodeAt(i) === 44)) i++;
    // "KSh63-billion", "Rs10-crore", "N225bn": the amount's scale hyphenated or glued to it.
    return i === t.text.length || AMOUNT_SCALE.test(t.text.slice(i));
  }
  if (t.text.length > MAX_CURRENCY_CODE) return false;
  if (text.charCodeAt(t.end) === 36) return true; // $
  if (!CURRENCY_CODES.has(t.text)) return false;
  // "Rs 500", "Rs. 500": a full stop and a space at most before the digit.
  let i = t.end;
  if (text.charCodeAt(i) === 46) i++;
  if (text.charCodeAt(i) === 32) i++;
  return isDigit(text.charCodeAt(i));
}
