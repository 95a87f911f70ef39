/** A department's name written after a title and before the person who holds it ("Vice President Media Relations Ana Ruiz"). */
import { portfolioEnd } from './portfolios';
import { isHeadToken } from './name-shapes';
import { isAcronym, type Token } from '../tokens';
import { GIVEN_NAME, ROLE_HEAD, wordClass } from '../wordclass';

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

/**
 * "Ana Ruiz, head of Civil Aviation at Ostra's airport, said": a lower-case title's "of", then portfolio words alone
 * ("Civil Aviation", "Water Resources"), then "at" and the body they are part of, name the title's department, which is
 * no body of its own; "head of Kelmor Airways at …" names a body (a head word, no portfolio).
 */
export function isDepartmentOfLowerTitle(text: string, words: Token[]): boolean {
  const last = words[words.length - 1]!;
  if (!text.startsWith(' at ', last.end) || !text.startsWith(' of ', words[0]!.start - 4) || portfolioEnd(words, 0) !== words.length) return false;
  const title = LOWER_TITLE_OF.exec(text.slice(Math.max(0, words[0]!.start - 30), words[0]!.start))?.[1];
  return title !== undefined && (title === 'head' || (wordClass(title) & ROLE_HEAD) !== 0);
}
/** A lower-case word and its "of" right before a run ("head of "). */
const LOWER_TITLE_OF = /(?:^|[^\p{L}])(\p{Ll}+) of $/u;

/**
 * "the agency's Ostra Field Office Director Ana Ruiz said": a place and a field branch's words ("Field Office", "Field
 * Division") before a title are the branch the title heads, of an agency named elsewhere; the title's, no body of its
 * own. A body's own name or initials before them ("KBI Ostra Field Office") keep the words a name.
 */
export function isPlacedFieldBranch(words: readonly Token[]): boolean {
  const n = words.length;
  if (n < 3 || words[n - 2]!.lower !== 'field' || !FIELD_BRANCHES.has(words[n - 1]!.lower)) return false;
  return words.slice(0, n - 2).every((w) => w.capitalised && !isHeadToken(w) && !(isAcronym(w.text) && !w.text.includes('.')));
}
const FIELD_BRANCHES: ReadonlySet<string> = new Set(['office', 'division', 'station']);
