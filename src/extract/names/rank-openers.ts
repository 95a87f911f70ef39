/** A rank word inside a run, before its title ("Halden Deputy Police Chief Ana Ruiz"): the rank opens the title, so the words after it are no body's name. */

import { BODY_HEADS, RANK_OPENERS } from '../lexicon';
import { PERSON_NOUN, ROLE_HEAD, wordClass } from '../wordclass';
import type { Token } from '../tokens';

/** Most words between a rank and its title ("Deputy | Police | Chief"), as after a rank opening the run. */
const FIELD_REACH = 3;

/**
 * "Halden Deputy Police Chief Oren Marsh told reporters": where the title starts at words[l] and a rank ("Deputy",
 * "Assistant") stands a few words before it, after the first word, the rank and the words up to the title are the title's
 * (its field, "Police"), and only the words before the rank (the place, "Halden") are left of it: "Halden Deputy Police"
 * is no body. Where the title starts then, or `l` where no rank stands there.
 */
export function rankOpenerBefore(words: readonly Token[], l: number): number {
  for (let k = Math.max(1, l - FIELD_REACH); k < l; k++) if (RANK_OPENERS.has(words[k]!.lower) && words[k]!.capitalised) return k;
  return l;
}

/** A capitalised rank, a public body's head and a title, right after a name (" Deputy Police Chief"). */
const RANKED_MEMBER = /^ (?:Deputy|Assistant|Acting) (\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+) \p{Lu}/u;

/**
 * "Halden Deputy Police Chief Oren Marsh": a name right before a rank, a public body's head and a title, then the holder's
 * name, is the place the body serves, as before "deputy police chief" written in lower case (place-cues.ts bodyMemberAfter).
 */
export function rankedMemberAfter(text: string, end: number): boolean {
  // Most names have no capitalised rank after them: one look at the next letter passes them by.
  const c = text.charCodeAt(end + 1);
  if (c !== 65 && c !== 68) return false; // A, D
  const m = RANKED_MEMBER.exec(text.slice(end, end + 60));
  return m !== null && BODY_HEADS.has(m[1]!.toLowerCase()) && (wordClass(m[2]!.toLowerCase()) & (PERSON_NOUN | ROLE_HEAD)) !== 0;
}
