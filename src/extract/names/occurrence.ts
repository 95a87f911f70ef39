/** One capitalised name found in the text (an occurrence), its lookup key, and the evidence for reading words as names. */

import { mapped } from '../arrays';

/** One occurrence of a name in the text, before forms are merged into mentions. */
export interface Occurrence {
  start: number;
  end: number;
  form: string;
  /** Lower-case words of the form, without invisible characters. */
  words: string[];
  /** The words joined by spaces, without full stops: what merging and the lexicon compare. */
  key: string;
  role: string | null;
  /** Written in brackets after a space, as the short form a name is given right after it ("Alternative for Germany (AfD)"). */
  bracketed: boolean;
  /** Written as another name of the name right before it: "Kelmor Civil Rescue, better known as the Blue Vests". */
  knownAs: boolean;
  /** Written as an owner only ("Kelmor Ruiz’s party"), not named in its own right. */
  owner: boolean;
  /** Written right after its title or honorific ("Mr Karim", "sheikh Tarek"): the usual short form of a name it opens. */
  titled: boolean;
  /** Written right before a company's lower-case noun ("Kelmor airlines", "Kelmor bank"): the company, not a group named after it. */
  company: boolean;
  /** The same words also name a street in the article ("Tarvo Eskel" beside "Tarvo Eskel Street"). */
  street: boolean;
}

/** The key of a name's words: joined by spaces, without full stops. */
export const keyOf = (words: string[]): string => {
  const joined = words.join(' ');
  return joined.includes('.') ? joined.replace(/\./g, '') : joined;
};

/** The words of an occurrence's key (its words without full stops), without splitting the key again. */
export const keyWords = (o: Occurrence): readonly string[] => (o.words.some((w) => w.includes('.')) ? mapped(o.words, (w) => w.replace(/\./g, '')) : o.words);

/** Says whether a lower-case name is known to the lexicon or the gazetteer. */
export type Known = (lower: string) => boolean;

/** What the lexicon, the gazetteer and the rest of the article say about a word, for splitting runs into names. */
export interface Evidence {
  /** A whole name known to the lexicon or the gazetteer. */
  known: Known;
  /** A name on its own: known, or capitalised elsewhere other than after a demonym. */
  named: Known;
  /** Known, or used elsewhere as a one-word name. */
  solo: Known;
  /** Known, or written elsewhere, sentence starts included, as a one-word name with no connector after it. */
  single: Known;
}
