/**
 * "1,800 5.56 caliber cartridges", "two .50-calibre guns": a number right before "caliber" / "calibre" names the size of a
 * weapon or its rounds, not an amount; separate because both the calibre and the count before it read it.
 */
import type { NumberHit } from './numbers';

const CALIBRE_AFTER = /^(?:\s*mm)?[\s-]+calib(?:er|re)s?\b/i;
/** The number is a calibre: "caliber" or "calibre" follows it (maybe after "mm"). */
export const isCalibre = (text: string, hit: NumberHit): boolean => CALIBRE_AFTER.test(text.slice(hit.end, hit.end + 16));

const CALIBRE_NEXT = /^\s+\.?\d+(?:\.\d+)?(?:\s*mm)?[\s-]+calib(?:er|re)\b/i;
/** A calibre right after a count ("1,800 5.56 caliber cartridges"): where it ends, so that the count's noun is read past it; else `from`. */
export function pastCalibre(text: string, from: number): number {
  const m = CALIBRE_NEXT.exec(text.slice(from, from + 28));
  return m ? from + m[0].length : from;
}
