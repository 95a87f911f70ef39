/** Names the article also writes as a street's ("Tarvo Eskel Street", then "the Tarvo Eskel clashes"): the bare name stands for the street, no person. */

import { STREET_HEADS } from '../lexicon';
import { keyOf, type Occurrence } from './occurrence';

/**
 * Marks each occurrence whose words, with a street's head after them, are another occurrence's
 * ("Tarvo Eskel" beside "Tarvo Eskel Street"). One pass to gather the streets, one to mark: no
 * scan of the text.
 */
export function markStreetNames(found: Occurrence[]): Occurrence[] {
  let streets: Set<string> | null = null;
  for (const o of found) {
    const n = o.words.length;
    if (n > 2 && STREET_HEADS.has(o.words[n - 1]!)) (streets ??= new Set()).add(keyOf(o.words.slice(0, -1)));
  }
  if (streets) for (const o of found) if (streets.has(o.key)) o.street = true;
  return found;
}
