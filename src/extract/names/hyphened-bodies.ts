/** A body described by who put it in place, its name glued to a participle by a hyphen ("the Ostra-installed administration"). */

import type { Token } from '../tokens';
import { HEAD_WORD } from '../wordclass';

/** Most lower-case words from the participle to the body's head ("installed | interim | administration"). */
const HEAD_REACH = 3;

/** Lower-case participles that say who set a body up or stands behind it ("Ostra-backed", "Kelmor-appointed"). */
const BACKING: ReadonlySet<string> = new Set(['installed', 'backed', 'appointed', 'controlled', 'led', 'run', 'allied', 'funded', 'supported', 'sponsored', 'imposed']);

/**
 * ", chairman of the Ostra-installed administration in the occupied south, said": where the capitalised run of a role's
 * body ends at tokens[e - 1] right before a hyphen and such a participle, the body is the lower-case head a few words
 * on, and the role runs to it; the capitalised word alone is only who installed the body. The index after that head,
 * or `e` where the words are no such body.
 */
export function hyphenedBodyEnd(text: string, tokens: readonly Token[], e: number, to: number): number {
  const participle = tokens[e];
  if (e >= to || text.charCodeAt(tokens[e - 1]!.end) !== 45 || participle!.start !== tokens[e - 1]!.end + 1 || !BACKING.has(participle!.lower)) return e; // -
  for (let k = e + 1; k < to && k <= e + HEAD_REACH; k++) {
    const t = tokens[k]!;
    if (t.capitalised || t.start !== tokens[k - 1]!.end + 1) return e;
    if (t.cls & HEAD_WORD) return k + 1;
  }
  return e;
}
