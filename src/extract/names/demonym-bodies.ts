/** "Kelmoria's defence ministry" and "the Kelmorian defence ministry" in one article: one body, named once by its country's possessive and once by its demonym. */

import { DEMONYMS, PLACES } from '../lexicon';
import type { Occurrence } from './occurrence';

/** Most letters a demonym adds to its country's name, less the country's last letter ("Russia" / "Russian", "Japan" / "Japanese"). */
const DEMONYM_ENDING = 3;

/**
 * `demonym` is the adjective of the place `place`, as far as the two words tell: the demonym opens with the place's name
 * (its last letter aside) and adds a short ending to it ("ukraine" / "ukrainian", "germany" / "german", "china" /
 * "chinese"). Forms built otherwise ("France" / "French") are left apart, a miss rather than a wrong merge.
 */
export function isDemonymOf(demonym: string, place: string): boolean {
  return place.length >= 4 && demonym.length - place.length <= DEMONYM_ENDING && demonym.startsWith(place.slice(0, -1)) && DEMONYMS.has(demonym) && PLACES.has(place);
}

/** The group's name is written with its first word a possessive ("Russia's defence ministry"); its words leave the ’s out. */
const opensWithPossessive = (group: readonly Occurrence[]): boolean => group.some((o) => POSSESSIVE_FIRST.test(o.form));
const POSSESSIVE_FIRST = /^[^\s'’]+['’]s\s/u;

/**
 * "Russia's defence ministry said 40 were killed … The Russian defence ministry said eight staff were hurt": a body's
 * name opened by a demonym joins the same words opened by its country's possessive, the group named first keeping both
 * forms. Groups are merged in place; the merged group's key is taken out of `order`.
 */
export function demonymBodiesIntoPossessive(groups: Occurrence[][], order: number[], words: readonly (readonly string[])[]): void {
  for (let a = 0; a < order.length; a++) {
    const first = words[order[a]!]!;
    // Most names open with no country's word: one lookup passes them by.
    if (first.length < 2 || !(PLACES.has(first[0]!) || DEMONYMS.has(first[0]!))) continue;
    for (let b = a + 1; b < order.length; b++) {
      const second = words[order[b]!]!;
      if (second.length !== first.length || !sameBody(first, groups[order[a]!]!, second, groups[order[b]!]!)) continue;
      const into = groups[order[a]!]!;
      into.push(...groups[order[b]!]!);
      into.sort((x, y) => x.start - y.start);
      order.splice(b, 1);
      b--;
    }
  }
}

/** Two names of equal length, the same after their first words, whose first words are a country's possessive and its demonym. */
function sameBody(x: readonly string[], xs: readonly Occurrence[], y: readonly string[], ys: readonly Occurrence[]): boolean {
  for (let k = 1; k < x.length; k++) if (x[k] !== y[k]) return false;
  if (isDemonymOf(y[0]!, x[0]!)) return opensWithPossessive(xs) && !opensWithPossessive(ys);
  return isDemonymOf(x[0]!, y[0]!) && opensWithPossessive(ys) && !opensWithPossessive(xs);
}
