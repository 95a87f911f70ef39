/** Titles written short with a full stop before a name ("Brig. Gen. Ana Ruiz", "Dr. Ravi Kant"): the title of that person, no stop of the words. */

/** A word or a whole name (a name has no lower-case form): all this rule reads of either. */
interface Word {
  lower?: string;
  end: number;
  capitalised?: boolean;
  name?: unknown;
}

/** Military, medical and civil titles written short: "Brig.", "Lt.", "Gen.", "Col.", "Dr.", "Prof.", "Rev.", "Gov.", "Sen.", "Rep.". */
export const DOTTED_TITLES: ReadonlySet<string> = new Set(['brig', 'lt', 'lieut', 'gen', 'maj', 'col', 'capt', 'sgt', 'cpl', 'adm', 'dr', 'prof', 'rev', 'gov', 'sen', 'rep']);

/**
 * "according to Brig. Gen. Ana Ruiz of the Kelmor army", "according to Dr. Ravi Kant, the chair …": words[i] is a
 * capitalised title written short, its full stop right after it and a name or a capitalised word after that, so
 * the stop is the abbreviation's and the words after it are the titled person's, not the end of a clause.
 */
export function isDottedTitle(text: string, words: readonly Word[], i: number): boolean {
  const w = words[i]!;
  const next = words[i + 1];
  return w.capitalised === true && w.lower !== undefined && text.charCodeAt(w.end) === 46 && DOTTED_TITLES.has(w.lower) && next !== undefined && (next.name !== undefined || next.capitalised === true);
}
