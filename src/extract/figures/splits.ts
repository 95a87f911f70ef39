/**
 * A poll's split after a verb of leading ("Clinton leading 63/37", "ahead of Burr 52/34"): two shares
 * of a whole, which dates ("24/6") and codes ("24/7") are not. The leading share is read as the
 * figure, in percent; the phrase keeps both.
 */
const SPLIT_AFTER = /^\/(\d{1,2})(?![\d/.:,]\d)/;
const SPLIT_BEFORE =
  /\b(?:lead|leads|leading|led|up|ahead|ahead of|behind|trail|trails|trailing|trailed|won|wins|winning|lost|losing|beat|beats|beating|margin of)\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,3}$/u;

/**
 * Length of "/37" after the whole number `digits` at `start` in `slice` when they make a poll's split
 * (`after` is the text right after the digits), else 0.
 */
export function splitLength(slice: string, start: number, digits: string, after: string): number {
  if (digits.length > 2) return 0;
  const m = SPLIT_AFTER.exec(after);
  if (!m || Number(digits) + Number(m[1]) > 100) return 0;
  return SPLIT_BEFORE.test(slice.slice(Math.max(0, start - 40), start)) ? m[0].length : 0;
}
