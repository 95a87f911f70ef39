/** A short form in brackets after a body's name and the place it works in ("the Kelmor Relief Mission in Ostra (KRMO)"): the body's short form, not the place's. */

import { PLACES } from '../lexicon';
import type { Occurrence } from './occurrence';

/** Characters of a two-letter word and its spaces between a body's name and its place (" in ", " of "). */
const LINK_GAP = 4;

/**
 * The index of the name a bracketed short form at occurrences[i] may stand for: the name right before it, or, where
 * that is a known place set after the name before it by a two-letter word ("… Monitoring Mission in Ostra (OMMO)"),
 * that name: a place is named in brackets by no short form of a body's letters. -1 where none comes before.
 */
export function shortFormOwner(occurrences: readonly Occurrence[], i: number): number {
  if (i < 2 || !occurrences[i]!.bracketed) return i - 1;
  const place = occurrences[i - 1]!;
  const body = occurrences[i - 2]!;
  return body.end + LINK_GAP === place.start && place.end + 2 === occurrences[i]!.start && PLACES.has(place.key) ? i - 2 : i - 1;
}
