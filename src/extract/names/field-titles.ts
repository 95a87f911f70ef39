/** A body's initials, then the field of an office, before a lower-case title ("UN Human Rights chief Ana Ruiz"): the field is the title's, only the initials a name. */

import { INFORMAL_TITLES } from '../lexicon';
import type { Part } from './name-parts';
import { isHeadToken } from './name-shapes';
import { isAcronym, type Token } from '../tokens';
import { GIVEN_NAME, ROLE_HEAD, wordClass } from '../wordclass';

/** A lower-case title right after the run, then a capitalised word: " chief Ana", " envoy Ana". */
const LOWER_TITLE_AFTER = /^ (\p{Ll}+) \p{Lu}/u;

/**
 * "UN Human Rights chief Ana Ruiz said": a run of a body's initials and capitalised words with no head word or given
 * name among them, right before a lower-case title and the holder's name, names the body by its initials; the words
 * after them ("Human Rights") are the field of the office, part of the holder's role, no body of their own. The
 * initials alone, or null where the run is no such body and field ("Kelmor Water chief", "the UN Security Council chief").
 */
export function fieldBeforeLowerTitle(text: string, words: readonly Token[]): Part[] | null {
  if (words.length < 2 || !isAcronym(words[0]!.text)) return null;
  const last = words[words.length - 1]!;
  const title = LOWER_TITLE_AFTER.exec(text.slice(last.end, last.end + 30))?.[1];
  if (title === undefined || !(INFORMAL_TITLES.has(title) || wordClass(title) & ROLE_HEAD)) return null;
  for (let k = 1; k < words.length; k++) if (!words[k]!.capitalised || isHeadToken(words[k]!) || words[k]!.cls & GIVEN_NAME || words[k]!.possessive) return null;
  return [{ tokens: words.slice(0, 1), role: null }];
}
