/** "Local Ostra officials said …": "Local" opening a sentence before a place's name says whose officials, no word of the name. */

import { isHeadToken } from './name-shapes';
import type { Token } from '../tokens';

/**
 * The run opens its sentence with "Local", the words after it name no body (no head word: "Local Government Association"
 * stays whole), and a lower-case word follows the run ("officials", "Ostra-backed officials" after its hyphen): "Local"
 * is an ordinary word capitalised by its place.
 */
export function opensWithLocal(run: readonly Token[], next: Token | undefined): boolean {
  return run[0]!.lower === 'local' && next !== undefined && !next.capitalised && !run.slice(1).some(isHeadToken);
}
