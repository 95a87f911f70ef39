/** A department's name written after a title and before the person who holds it ("Vice President Media Relations Ana Ruiz"). */
import type { Token } from '../tokens';
import { GIVEN_NAME } from '../wordclass';

/** Last words of a company's or an office's department. */
const DEPARTMENT_HEADS: ReadonlySet<string> = new Set(['relations', 'affairs', 'communications', 'communication', 'resources', 'operations', 'marketing', 'sales', 'finance', 'strategy', 'compliance', 'procurement']);

/** Most words of such a department's name. */
const DEPARTMENT_WORDS = 3;

/**
 * Where the person's name starts after a title's words end at words[n]: past a department's name of up to three words
 * ("Media Relations", "Corporate Affairs") with at least two words after it, none of its words a given name.
 */
export function pastDepartment(words: readonly Token[], n: number): number {
  for (let k = n; k < n + DEPARTMENT_WORDS && k <= words.length - 3; k++) {
    const w = words[k]!;
    if (!w.capitalised || w.cls & GIVEN_NAME) return n;
    if (DEPARTMENT_HEADS.has(w.lower)) return k + 1;
  }
  return n;
}
