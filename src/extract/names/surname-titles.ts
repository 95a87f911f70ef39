/** Titles that are also surnames: closing a person's name, the word is the name's, no title dropped from it. */

import { PLACES } from '../lexicon';
import { DEMONYM, GIVEN_NAME, HEAD_WORD, ROLE_HEAD, ROLE_MODIFIER } from '../wordclass';
import type { Token } from '../tokens';
import { isPersonLike } from './name-shapes';

/** Titles written before a name that are common family names too ("Ravi Omar Sheikh", "Lena King", "Tom Bishop"). */
const SURNAME_TITLES: ReadonlySet<string> = new Set(['sheikh', 'king', 'bishop']);

/** Words that make the words before the title a body, a people or a title rather than a person's given names. */
const NOT_GIVEN = ROLE_HEAD | ROLE_MODIFIER | HEAD_WORD | DEMONYM;

/**
 * "the Varno commissioner, Tarek Omar Sheikh, said": a title that is also a surname, ending a run after a person's given
 * names, is the person's surname; the whole run is the name. Two words before it, or one known given name, and none of
 * them a place, a body's word, a people or a title ("the Kelmor Sheikh", "Abu Dhabi Sheikh" keep the title).
 */
export function endsWithSurnameTitle(words: readonly Token[], i: number): boolean {
  if (i !== words.length - 1 || i === 0 || !SURNAME_TITLES.has(words[i]!.lower)) return false;
  const before = words.slice(0, i);
  if (i === 1 && !(before[0]!.cls & GIVEN_NAME)) return false;
  if (!isPersonLike(before) || before.some((w) => w.cls & NOT_GIVEN)) return false;
  return !PLACES.has(before.map((w) => w.lower).join(' '));
}
