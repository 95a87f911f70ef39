/**
 * "Kelmor Foods, whose brands include Sunvale, Orto and Brisk, said …", "Ostra Home, the maker of Velo soap and Dune
 * shavers, reported …": names listed as what a company sells or makes are its products, mentioned only; none speaks or is
 * spoken for, though a list before "said" reads like its subjects. A card for each would crowd out the company's.
 */
import type { Mention } from '../extract/types';

/** How far before a name its cue and the list up to it are looked for. */
const BRAND_REACH = 120;

/**
 * The cue ("brands include", "the maker of"), then names of capitalised words (each perhaps with a lower-case noun of what it
 * is: "Velo soap") joined by commas and "and", up to the name; "policy makers of", "decision makers of" make nothing.
 */
const BRAND_LIST_BEFORE =
  /(?:\b(?:brands|labels|products)\s+(?:include|includes|included|including|such\s+as)|(?<!(?:policy|decision|law|peace|film|rule)[\s-]?)\bmakers?\s+of)\s+(?:\p{Lu}[\p{L}\p{N}&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’-]*)*(?:\s+\p{Ll}+)?(?:,\s+|,?\s+and\s+))*$/u;

/** Every use of the name stands in a list of what a company sells or makes. */
export const brandOnly = (text: string, m: Mention): boolean =>
  m.kind !== 'person' && m.kind !== 'place' && m.spans.every((s) => BRAND_LIST_BEFORE.test(text.slice(Math.max(0, s.start - BRAND_REACH), s.start)));
