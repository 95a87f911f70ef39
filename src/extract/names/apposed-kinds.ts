/** A body's kind said by the noun of an apposition set before its name ("the country's main rights group, Varna Libre, said"). */

import { COMMA } from '../chars';
import { lowerWordBefore } from '../scan';
import { ORG_CUE, OUTLET_CUE, wordClass } from '../wordclass';

/**
 * "Kelmor's oldest rights organisation, Varna Libre, reported …", "the island's only daily newspaper, Ostra Post, said":
 * a name set off by commas on both sides, after a phrase ending in a body's or an outlet's noun, is what that noun says.
 * The noun's cue class (ORG_CUE or OUTLET_CUE), or 0. `start` and `after` are where the name starts and ends (at its
 * comma); "told the newspaper, Ana Ruiz said" sets off no name after it, so gives nothing.
 */
export function apposedKindBefore(text: string, lo: number, start: number, after: number): number {
  if (text.charCodeAt(after) !== COMMA || !text.startsWith(', ', start - 2)) return 0;
  return wordClass(lowerWordBefore(text, lo, start)) & (ORG_CUE | OUTLET_CUE);
}
