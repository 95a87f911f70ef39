/**
 * The dateline that opens a wire's story: "OSTRA, Kelmor (KNA) — …", "VARN — …", "Ostra, 3 May 2024: …",
 * "OSTRA, March 3. /KNA/. …", "( March 3, 2024, Ostra, Kelmor Herald) …". Read in one place because several readers
 * need it (where a story's first sentence starts, which wire filed it, which place it was filed from, which places it
 * names are no toll's), and each once kept a pattern of its own that drifted from the others.
 */
import { MONTHS } from './lexicon';
import type { Span } from './types';

export interface Dateline {
  /** Its first character, after any space opening the line. */
  start: number;
  /** Where the story goes on: past the separator and the one space after it. */
  end: number;
  /** The town or city it was filed from ("OSTRA", "St. Kelmor"); absent only in a dateline set whole in brackets that names none. */
  place?: Span;
  /** The place's region or country: after its comma ("Kelmor") or in brackets before a date ("(Kelmor State) [Varnia], May 1", "(Ravia, Kelmor), May 2"). */
  regions: Span[];
  /** "March 3", "3 May 2024", "Mar 4". */
  date?: Span;
  /** The wire or outlet credited, inside its brackets or slashes ("KNA"), or a note set there ("3rd UPDATE"). */
  credit?: Span;
  /**
   * What ends it: a dash ("—", "--", ": –"), a colon, the slashes after a credit, or the bracket that holds it whole, or
   * that holds the wire's short name after a date with no dash ("Ostra, May 2 (KNA) Officials said": some wires' style).
   */
  separator: 'dash' | 'colon' | 'slash' | 'bracket';
}

export interface DatelineOptions {
  /**
   * Only a place set in capitals ("OSTRA —", not "Ostra —"): where the dateline is to be told from a line that merely
   * opens with a name ("Ana Ruiz — the minister —"), as wires set their datelines in capitals.
   */
  capitals?: boolean;
}

/** A word of a place's name: "OSTRA", "St.", "Kelmor-Varn", "O’Dorr". */
const WORD = String.raw`\p{Lu}[\p{L}.'’-]*`;
/** A month by its name or short form, as written: "March", "MARCH", "march", "Mar". Not any word: "Ostra, 30 died —" holds no date. */
const MONTH = `(?:${[...MONTHS].sort((a, b) => b.length - a.length).flatMap((m) => [m, m.toUpperCase(), m[0]!.toUpperCase() + m.slice(1)]).join('|')})`;
/** "March 3", "Mar. 4", "3 March". */
const DAY = String.raw`(?:${MONTH}\.? \d{1,2}|\d{1,2} ${MONTH})`;
/** A day with an optional year ("March 3, 2024", "3 May 2024"). */
const DATE = String.raw`${DAY}(?:,? \d{4})?(?!\d)`;
/** A dash (or a typed "--"), a colon, or a colon and a dash ("ST. KELMOR: –"). */
const SEPARATOR = String.raw`--|[-–—]+|:(?: [-–—]+)?`;
/**
 * The line form: the place; its region in brackets where a date follows; after a comma, a date, or a region and maybe a
 * date (or nothing: "OSTRA,  (Kelmor Wire)", the comma of a date the page dropped); the credit in brackets; then the
 * separator and a space. Or the date, then the credit between slashes.
 */
const LINE = new RegExp(
  String.raw`\s*(?<place>${WORD}(?: ${WORD})*)` +
    String.raw`(?<bracketed>(?: [([][\p{L}, ]+[)\]]){1,2}(?=,? ${DATE}))?` +
    String.raw`(?:(?<=[)\]]),? (?<date>${DATE})|, (?:(?<date2>${DATE})|(?<region>${WORD}(?: ${WORD})*)(?:,? (?<date3>${DATE}))?)|,)?` +
    String.raw`(?:,?\s*\((?<credit>[^()\n]{1,40})\)\s*(?<sep>${SEPARATOR})|\s*(?<sep2>${SEPARATOR})|\. \/(?<slashed>[^/\s]{1,20})\/\.?|(?<=\d) \((?<wire>\p{Lu}{2,8})\))\s`,
  'duy',
);
/** The bracketed form: "( March 3, 2024, Ostra, Kelmor Herald) ": its date with the year, maybe the place, then the outlet. */
const BRACKETED = new RegExp(String.raw`\(\s*(?<date>${DAY},? \d{4}), (?:(?<place>${WORD}(?: ${WORD})*), )?(?<credit>[^()\n]{1,60})\)\s`, 'duy');

/**
 * The dateline opening the line at `from` (0: the text's opening), or undefined where the line opens with none.
 * `options.capitals` refuses a place not in capitals. Not memoised: it is asked of about three lines per text, and a
 * memo would keep the last article's text alive in the background after its analysis.
 */
export function readDateline(text: string, from = 0, options: DatelineOptions = {}): Dateline | undefined {
  const d = read(text, from);
  if (d && options.capitals && (!d.place || !inCapitals(text.slice(d.place.start, d.place.end)))) return undefined;
  return d;
}

const inCapitals = (s: string): boolean => s === s.toUpperCase() && s !== s.toLowerCase();

function read(text: string, from: number): Dateline | undefined {
  const c = text.charCodeAt(from);
  // Only a capital, a bracket or a space can open one: most lines are refused here.
  if (c === 40) return readBracketed(text, from); // (
  if (!(c === 32 || c === 10 || c === 9 || c === 13 || /\p{Lu}/u.test(text.charAt(from)))) return undefined;
  LINE.lastIndex = from;
  const m = LINE.exec(text);
  if (!m) return undefined;
  const at = m.indices!.groups!;
  const span = (name: string): Span | undefined => (at[name] ? { start: at[name]![0], end: at[name]![1] } : undefined);
  const place = span('place')!;
  const regions: Span[] = [];
  if (at.bracketed) for (const b of m.groups!.bracketed!.matchAll(/[([]([\p{L}, ]+)[)\]]/gu)) regions.push({ start: at.bracketed[0] + b.index! + 1, end: at.bracketed[0] + b.index! + 1 + b[1]!.length });
  const region = span('region');
  if (region) regions.push(region);
  const date = span('date') ?? span('date2') ?? span('date3');
  const credit = span('credit') ?? span('slashed') ?? span('wire');
  const sep = m.groups!.sep ?? m.groups!.sep2;
  return {
    start: place.start,
    end: from + m[0].length,
    place,
    regions,
    ...(date ? { date } : {}),
    ...(credit ? { credit } : {}),
    separator: m.groups!.wire ? 'bracket' : sep === undefined ? 'slash' : sep === ':' ? 'colon' : 'dash',
  };
}

function readBracketed(text: string, from: number): Dateline | undefined {
  BRACKETED.lastIndex = from;
  const m = BRACKETED.exec(text);
  if (!m) return undefined;
  const at = m.indices!.groups!;
  return {
    start: from,
    end: from + m[0].length,
    ...(at.place ? { place: { start: at.place[0], end: at.place[1] } } : {}),
    regions: [],
    date: { start: at.date![0], end: at.date![1] },
    credit: { start: at.credit![0], end: at.credit![1] },
    separator: 'bracket',
  };
}
