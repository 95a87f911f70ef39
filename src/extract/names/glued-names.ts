/** Two names a lost space glued into one word ("the Ostra Peace ForumAna Ruiz"), split back into the words they were. */

import { MIXED, type Token } from '../tokens';
import { GIVEN_NAME, HEAD_WORD, wordClass } from '../wordclass';

/** A capitalised word, then a capital right after a lower-case letter inside it: where the space was lost. */
const GLUED = /^(\p{Lu}\p{Ll}+)(\p{Lu}\p{Ll}+)$/u;

/**
 * "the director of the Ostra Peace ForumAna Ruiz said": a body's head word and a given name written as one word are the end of
 * the body's name and the start of the person's; the two halves become two words with no space between them, so neither
 * name runs into the other. Not a brand written with an inner capital ("PayPal", "McDonald"): its halves are no head and
 * given name. The tokens as they were where no word is glued.
 */
export function withGluedNamesSplit(tokens: readonly Token[]): readonly Token[] {
  let out: Token[] | null = null;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const halves = t.capitalised && t.text !== t.lower && mayBeGlued(t) ? gluedHalves(t.text) : null;
    if (halves) {
      out ??= tokens.slice(0, k);
      const [body, given] = halves;
      const cut = t.start + body.length;
      out.push({ ...t, text: body, lower: body.toLowerCase(), end: cut, possessive: false, cls: wordClass(body.toLowerCase()) });
      out.push({ ...t, text: given, lower: given.toLowerCase(), start: cut, cls: wordClass(given.toLowerCase()), initial: false });
    } else out?.push(t);
  }
  return out ?? tokens;
}

/**
 * GLUED can match the word: a word of ASCII letters with a lower-case second letter and a second capital where one may
 * stand (from its third letter to its last but one), or any word with more than ASCII letters and digits, which only the
 * expression reads. Asked of every capitalised word, nearly all of them neither.
 */
function mayBeGlued(t: Token): boolean {
  if (t.shape & MIXED) return true;
  const second = t.text.charCodeAt(1);
  if (!(second >= 97 && second <= 122)) return false; // a-z
  for (let k = 2; k < t.text.length - 1; k++) {
    const c = t.text.charCodeAt(k);
    if (c >= 65 && c <= 90) return true; // A-Z
  }
  return false;
}

/** The body's head and the given name a glued word is made of, or null. */
function gluedHalves(word: string): [string, string] | null {
  const m = GLUED.exec(word);
  if (!m) return null;
  const [, body, given] = m;
  return wordClass(body!.toLowerCase()) & HEAD_WORD && wordClass(given!.toLowerCase()) & GIVEN_NAME ? [body!, given!] : null;
}
