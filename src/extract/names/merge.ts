import { mapped } from '../arrays';
import { classAt, LETTER, UPPER, widthAt } from '../chars';
import { COMPANY_FORMS, COMPANY_SUFFIXES, GENERIC_BODIES, GENERIC_MARKETS, KNOWN_NAMES, NAME_PARTICLES, NAME_SUFFIXES, OUTLETS, PLACES, SELF_NAMED_FIRMS, TOWN_NAMED_SITES, UNABBREVIATED_HEADS } from '../lexicon';
import { keyWords, type Occurrence } from './occurrence';
import { demonymBodiesIntoPossessive } from './demonym-bodies';
import { isTitledOffice } from './office-of';
import { shortFormOwner } from './placed-short-forms';
import { firstFrom, rangeAt } from '../ranges';
import type { Range } from '../sentences';
import { isShortForm } from '../tokens';
import { COMMON, CONNECTOR, DEMONYM, EVENT_HEAD, FUNCTION, GIVEN_NAME, HEAD_WORD, ORG_HEAD, OUTLET_WORD, PERSON_NOUN, PLACE_CUE, PLACE_NOUN, ROLE_HEAD, ROLE_MODIFIER, wordClass } from '../wordclass';

/** Occurrences of one entity, in text order, with the canonical form. */
export interface Group {
  name: string;
  key: string;
  /** The words of the key. */
  words: readonly string[];
  occurrences: Occurrence[];
}

/** Last words that extend a name into the name of its event, organisation or outlet. */
const NAME_HEAD = EVENT_HEAD | ORG_HEAD | OUTLET_WORD;

const isKnown = (key: string): boolean => KNOWN_NAMES.has(key);

/**
 * Merges the forms of one entity: case variants, a surname or a shorter tail ("Molina", "Putin")
 * with the nearest full name that ends in it, a name with its event or organisation head
 * ("G20" / "G20 Summit"), and an acronym with the name it abbreviates ("HRC").
 */
export function mergeOccurrences(occurrences: Occurrence[], paras: readonly Range[] = [], quoted: readonly Range[] = []): Group[] {
  // Each distinct key is numbered in order of first appearance, and every index below is an array
  // by that number: a tail, a stem or initials matter only where they are a key themselves.
  const ids = new Map<string, number>();
  const keys: string[] = [];
  const words: (readonly string[])[] = [];
  // The form each key was first written in: the tokens' words leave out an ampersand.
  const forms: string[] = [];
  const idOf = mapped(occurrences, (o) => {
    let id = ids.get(o.key);
    if (id === undefined) {
      id = keys.length;
      ids.set(o.key, id);
      keys.push(o.key);
      // Read where the key is first seen, not split again.
      words.push(keyWords(o));
      forms.push(o.form);
    }
    return id;
  });
  const known = mapped(keys, isKnown);
  const { tails, stems, initials } = indexKeys(keys, words, forms, ids);
  const table: KeyTable = { keys, words, ids, tails, known };
  const surnameFirst = surnameFirstNames(table);
  const inner = onlyNameHolding(table, initials);
  const titledFirst = titledFirstNames(occurrences, idOf, table);
  const givenFirst = givenNamesAlone(table, initials);

  // A tail joins the full name seen most recently before it, or else the first one seen after. "Ana
  // Ruiz said … Tomas Ruiz’s party … Ruiz said": one named in its own right goes before one written
  // only as an owner since, so the latest use in its own right counts first.
  const lastSeen = new Array<number>(keys.length).fill(-1);
  const lastOwn = new Array<number>(keys.length).fill(-1);
  // What each key's latest occurrence joined: "Bah" after "Mr Sekou Bah" joins what "Sekou Bah"
  // joined ("Amadou Sekou Bah"), not a group of the shorter name's own.
  const joined: number[] = [];
  // Occurrences each resolved key has so far, for the namesake the text is about.
  const uses = new Array<number>(keys.length).fill(0);
  // Without paragraphs every offset reads as in one (-1), and the rule below never applies.
  const paraOf = (pos: number): number => firstFrom(paras, pos + 1) - 1;
  const resolved = mapped(idOf, (k, i) => {
    const candidates = known[k] ? undefined : ofSameOwner(tails[k], words, occurrences[i - 1], occurrences[i]!);
    let best = candidates?.[0] ?? surnameFirst[k] ?? inner[k] ?? titledFirst[k] ?? givenFirst[k] ?? k;
    let bestAt = -1;
    let bestOwn = -1;
    for (const c of candidates ?? []) {
      if (lastOwn[c]! > bestOwn || (lastOwn[c] === bestOwn && lastSeen[c]! > bestAt)) {
        best = joined[c] ?? c;
        bestAt = lastSeen[c]!;
        bestOwn = lastOwn[c]!;
      }
    }
    // "Prime Minister Ana Ruiz … Ruiz’s speech … Deputy Tomas Ruiz had asked …\n\nRuiz said": a
    // namesake named since in an earlier paragraph takes the shared surname only in that paragraph; a
    // surname already standing for a namesake named more often keeps standing for that one.
    const held = joined[k];
    if (candidates && bestAt >= 0 && held !== undefined && held !== best && uses[held]! > uses[best]! && paraOf(occurrences[bestAt]!.start) < paraOf(occurrences[i]!.start)) best = held;
    // "… under a government of Ana Ruiz," said Ruiz: a name a speaker uses inside a quotation is not the text
    // naming anyone, so it does not make that name the latest for a surname after it (unless it is its first use).
    if (lastSeen[k] === -1 || !rangeAt(quoted, occurrences[i]!.start)) {
      lastSeen[k] = i;
      if (!occurrences[i]!.owner) lastOwn[k] = i;
    }
    joined[k] = best;
    uses[best]!++;
    return best;
  });

  // "Alternative for Germany (AfD)": a short form in brackets right after a name it fits is that
  // name's alias, wherever else it is used; so is one after a body's name, whatever its letters (they
  // may be the initials of the name in its own language: "Republican People's Party (CHP)").
  const aliases: (number | undefined)[] = [];
  occurrences.forEach((o, i) => {
    const owner = shortFormOwner(occurrences, i);
    const name = owner >= 0 ? occurrences[owner] : undefined;
    const k = idOf[i]!;
    if (
      o.bracketed && name && (adjoins(name, o) || owner < i - 1) && aliases[k] === undefined && !name.role &&
      (((isShortForm(o.form) || isPluralShortForm(o.form)) && (abbreviates(o.key, name.words) || namesBody(o.key, name.words))) || shortens(o.words, name.words) || spelledFromPrefixes(o.key, name.words))
    ) {
      aliases[k] = resolved[owner]!;
    }
    // "Kelmor Civil Rescue, better known as the Blue Vests": another name of the one before.
    // "Prime Minister Tarvo Kel Ostrani ‘Varnak’": a name in quotes right after a person's, title and all.
    if (o.knownAs && name && aliases[k] === undefined && (!name.role || o.start === name.end + 2)) aliases[k] = resolved[i - 1]!;
  });
  const reordered = reorderedNames(keys, words, ids);
  // "Kelmor airlines … Kelmor Group as a whole": a name the text calls a company is the company, not the group named after it.
  const company: boolean[] = [];
  occurrences.forEach((o, i) => {
    if (o.company) company[idOf[i]!] = true;
  });

  const finalKey = (key: number): number => {
    const alias = aliases[key] ?? key;
    const k = reordered[alias] ?? alias;
    // A known place stays itself: "Paris" is not the "Paris Olympics"; a known outlet joins its own
    // longer name ("Xinhua" / "Xinhua News Agency"), not another body's ("Reuters Institute").
    const stem = stems[k];
    if (stem !== undefined && !(company[k] && words[stem]![words[stem]!.length - 1] === 'group') && (!known[k] || (OUTLETS.has(keys[k]!) && wordClass(words[stem]![words[k]!.length]!) & OUTLET_WORD))) return stem;
    // The expression runs only for a key that is some name's initials.
    const full = initials[k] !== undefined && /^[a-z](?:&?[a-z]){1,5}$/.test(keys[k]!) ? initials[k] : undefined;
    return full ?? k;
  };

  // Groups by final key, in order of their first occurrence.
  const groups: Occurrence[][] = [];
  const order: number[] = [];
  occurrences.forEach((o, i) => {
    const k = finalKey(resolved[i]!);
    const list = groups[k];
    if (list) list.push(o);
    else {
      groups[k] = [o];
      order.push(k);
    }
  });
  selfNamedIntoFirm(groups, order, keys, words, company);
  demonymBodiesIntoPossessive(groups, order, words);
  // "the Government has no figures": a body's head alone, merged into no name, names no one; nor does "the Stock Exchange".
  const named = order.filter((k) => !SELF_NAMED_FIRMS.has(keys[k]!) && !GENERIC_BODIES.has(keys[k]!) && !GENERIC_MARKETS.has(keys[k]!));
  return mapped(named, (k) => ({ key: keys[k]!, words: words[k]!, name: canonicalName(groups[k]!), occurrences: groups[k]! }));
}

/**
 * "Kelmor Holdings PLC reported … The Group's net profit rose": a company's word for itself, merged into no
 * name, joins the company the text is about: of those it names (by their legal form, or written before a
 * company's noun), the first, if named more often than each other. Otherwise it names no one and is
 * dropped after this.
 */
function selfNamedIntoFirm(groups: Occurrence[][], order: readonly number[], keys: readonly string[], words: readonly (readonly string[])[], company: readonly boolean[]): void {
  const firms = order.filter((k) => {
    const last = words[k]![words[k]!.length - 1]!;
    return words[k]!.length > 1 && (COMPANY_SUFFIXES.has(last) || COMPANY_FORMS.has(last) || company[k]);
  });
  const firm = firms.length ? groups[firms[0]!]! : undefined;
  if (!firm || firms.some((k, i) => i > 0 && groups[k]!.length >= firm.length)) return;
  const before = firm.length;
  for (const k of order) if (SELF_NAMED_FIRMS.has(keys[k]!)) firm.push(...groups[k]!);
  if (firm.length > before) firm.sort((a, b) => a.start - b.start);
}

/** For each key number, the numbers of the keys that end in it, that extend it with head words, or whose initials it is. */
interface KeyIndex {
  tails: (number[] | undefined)[];
  stems: (number | undefined)[];
  initials: (number | undefined)[];
}

/**
 * Lists key k under the key named by its tail, if there is one. A key lists itself under a tail once:
 * all of a key's tails are added while that key is read, so a repeat can only be the list's last entry.
 */
function addTail(index: KeyIndex, ids: ReadonlyMap<string, number>, k: number, tail: string): void {
  const t = ids.get(tail);
  if (t === undefined) return;
  const list = index.tails[t];
  if (!list) index.tails[t] = [k];
  else if (list[list.length - 1] !== k) list.push(k);
}

/** "Kelmor People's Party", "Kelmor Workers' Union": the second word of a form is in the possessive. */
const SECOND_WORD_POSSESSIVE = /^\S+\s\S+['’]s?\s/;

/** "Procter & Gamble Co" gives "p&g": the initials of the two words one ampersand joins, joined by it (lower case), or "". */
function ampersandInitials(form: string): string {
  const at = form.indexOf(' & ');
  if (at <= 0 || at + 3 >= form.length || form.indexOf(' & ', at + 3) >= 0) return '';
  return `${form[form.lastIndexOf(' ', at - 1) + 1]}&${form[at + 3]}`.toLowerCase();
}

/** Indexes every key by its word tails, heads-only extensions and initials, so merging stays linear. */
function indexKeys(keys: readonly string[], words: readonly (readonly string[])[], forms: readonly string[], ids: ReadonlyMap<string, number>): KeyIndex {
  const index: KeyIndex = { tails: [], stems: [], initials: [] };
  keys.forEach((key, k) => {
    const w = words[k]!;
    if (w.length === 1 || isTitledOffice(w)) return;
    const classes = mapped(w, wordClass);
    const heads = mapped(classes, (c, i) => (c & NAME_HEAD) !== 0 || isCountryOfCompany(w, i));
    // headsFrom[i]: every word from the i-th on is a head.
    const headsFrom = heads.slice();
    for (let i = w.length - 2; i >= 0; i--) headsFrom[i] = heads[i]! && headsFrom[i + 1]!;
    // The key is its words joined by spaces: the space before word i is found by their lengths.
    let space = w[0]!.length;
    // "Guinea" is not the "Union of Democratic Forces of Guinea": the tail after the connector of an
    // institution's head names another thing ("the Commons" is still the House of Commons).
    let institution = false;
    // The key drops the apostrophe: the form shows "People's".
    const ownsSecondWord = w.length > 2 && SECOND_WORD_POSSESSIVE.test(forms[k]!);
    for (let i = 1; i < w.length; i++) {
      institution ||= (classes[i - 1]! & HEAD_WORD) !== 0;
      if (!(institution && classes[i - 1]! & CONNECTOR)) addTail(index, ids, k, key.slice(space + 1));
      // "G20" / "G20 Summit"; a one-word stem also before a longer head ("Nobel" / "Nobel Peace Prize").
      // "Ostrava" is not the "Ostrava Hospital": a hospital takes its town's name, no short form of its own.
      // Nor is "Kelmor" the "Kelmor State Disaster Authority": a word a place's noun follows names the
      // place, whose body it opens.
      // Nor is "Kelmor" the "Kelmor People's Party": a word before a possessive names the place whose people the body is of.
      if ((headsFrom[i] || (i === 1 && heads[w.length - 1] && !(classes[1]! & PLACE_CUE))) && !(i === 1 && ownsSecondWord) && !TOWN_NAMED_SITES.has(w[w.length - 1]!)) {
        const stem = ids.get(key.slice(0, space));
        if (stem !== undefined) index.stems[stem] ??= k;
      }
      space += w[i]!.length + 1;
    }
    // "Ferdinand Marcos Jr" is also "Marcos": a generational suffix is no tail of its own.
    if (w.length > 2 && NAME_SUFFIXES.has(w[w.length - 1]!)) {
      for (let i = 1; i < w.length - 1; i++) addTail(index, ids, k, w.slice(i, -1).join(' '));
    }
    // "Luiz Inácio Lula da Silva" is also "Lula": a word before a name particle, other than the first
    // (a given name, as "Ursula" of "Ursula von der Leyen"), is a short form of its own.
    for (let i = 1; i < w.length - 1; i++) {
      if (NAME_PARTICLES.has(w[i + 1]!) && !(classes[i]! & (GIVEN_NAME | CONNECTOR))) addTail(index, ids, k, w[i]!);
    }
    // "Al-Varna … Al Varna TV": the Arabic article is written with a hyphen or a space; the hyphened form joins the name
    // as its spaced form would (whole, or before an outlet's or a body's heads).
    if (ARABIC_ARTICLES.has(w[0]!)) {
      for (let i = 2; i <= w.length; i++) {
        if (i < w.length && !headsFrom[i]) continue;
        const stem = ids.get(`${w[0]}-${w.slice(1, i).join(' ')}`);
        if (stem !== undefined) index.stems[stem] ??= k;
      }
    }
    // "the Kelmor Observatory for Human Rights … the Observatory said": a body's head before its connector, after a word
    // that qualifies it, names the body alone (not "the Government", which names any).
    for (let i = 1; i < w.length - 1; i++) {
      if (classes[i]! & ORG_HEAD && classes[i + 1]! & CONNECTOR && !GENERIC_BODIES.has(w[i]!)) addTail(index, ids, k, w[i]!);
    }
    // "Ana Kell-Marsden … Kell said": a person's double-barrelled surname goes by its first part too.
    const last = w[w.length - 1]!;
    const barrel = last.indexOf('-');
    if (w.length <= MAX_PERSON_WORDS && classes[0]! & GIVEN_NAME && barrel >= MIN_BARREL) addTail(index, ids, k, last.slice(0, barrel));
    // "Tamir al-Kelmi … Kelmi said": a surname's Arabic article is left out when the surname stands alone.
    if (w.length > 1 && w.length <= MAX_PERSON_WORDS && ARABIC_ARTICLES.has(last.slice(0, barrel)) && last.length > barrel + MIN_BARREL) addTail(index, ids, k, last.slice(barrel + 1));
    let letters = '';
    for (let i = 0; i < w.length; i++) if (!(classes[i]! & CONNECTOR)) letters += w[i]![0];
    // "the Ram Manohar Lohia hospital … RML": a hospital's initials may leave out its head;
    // "Kelmor Electric Co … KE": a company's leave out its legal suffix.
    const short = ids.get(letters) ?? (w.length > 2 && (UNABBREVIATED_HEADS.has(last) || COMPANY_SUFFIXES.has(last)) ? ids.get(letters.slice(0, -1)) : undefined);
    if (short !== undefined) index.initials[short] ??= k;
    const amp = ampersandInitials(forms[k]!);
    const joined = amp ? ids.get(amp) : undefined;
    if (joined !== undefined) index.initials[joined] ??= k;
  });
  return index;
}

/** The Arabic article opening a name, written before it with a hyphen or a space ("Al-Varna", "Al Varna"). */
const ARABIC_ARTICLES = new Set(['al', 'el']);

/** The shortest first part of a double-barrelled surname read as a surname of its own (not "al-", "El-"). */
const MIN_BARREL = 3;

/** "Kelm & Dorr Kenya Plc": the country right before a company's legal suffix that ends the name extends it as a head does ("Kelm & Dorr"). */
const isCountryOfCompany = (w: readonly string[], i: number): boolean => i > 0 && i + 2 === w.length && COMPANY_SUFFIXES.has(w[i + 1]!) && PLACES.has(w[i]!);

/**
 * "Kelmor Co. (KCO)": the bracket follows the name right after it, or after the full stop of a
 * company's legal suffix that ends it.
 */
/**
 * "Kelmor’s Defence Ministry refuted … the Ostran Defence Ministry": a tail its owner's name is written before belongs to that
 * owner, not to a longer name of another's ("Ostran" is no word of Kelmor's). The owner's own words ("Kelmor Defence
 * Ministry", "the Kelmorese Defence Ministry") still join.
 */
function ofSameOwner(candidates: number[] | undefined, words: readonly (readonly string[])[], before: Occurrence | undefined, o: Occurrence): number[] | undefined {
  if (!candidates || !before?.owner || before.end + 3 !== o.start) return candidates;
  const stem = before.words[0]!.slice(0, 4);
  const own = candidates.filter((c) => words[c]!.slice(0, words[c]!.length - o.words.length).some((w) => w.startsWith(stem)));
  return own.length > 0 ? own : undefined;
}

const adjoins = (name: Occurrence, o: Occurrence): boolean =>
  name.end + 2 === o.start || (name.end + 3 === o.start && COMPANY_SUFFIXES.has(name.words[name.words.length - 1]!));

/**
 * The name ends in the head word of a body ("Party", "Board", "Council") or has one before "of"
 * ("Central Bank of Kelmor") or before the "for" of its purpose ("Council for Peace and Work (CPT)", named in
 * its own language), which a short form in brackets after it abbreviates in any language,
 * unless the short form is a known name of its own ("the Labour Party (UK)").
 */
const namesBody = (key: string, words: readonly string[]): boolean =>
  words.length > 1 && words.some((w, k) => (k === words.length - 1 || words[k + 1] === 'of' || words[k + 1] === 'for') && (wordClass(w) & HEAD_WORD) !== 0) && !isKnown(key);

/**
 * "Kelmor Communications (Kelmor Comm)": a short form of several words in brackets that opens as the
 * name does and cuts its later words to their first letters, word by word, is that name's (a clipped
 * name, no initials). A person's name is no clipped one ("Ana Ruiz (Ana R)" gives no alias).
 */
function shortens(short: readonly string[], words: readonly string[]): boolean {
  if (short.length < 2 || short.length > words.length || short[0] !== words[0] || wordClass(words[0]!) & GIVEN_NAME) return false;
  let clipped = false;
  for (let i = 1; i < short.length; i++) {
    if (!words[i]!.startsWith(short[i]!)) return false;
    if (short[i] !== words[i]) clipped = true;
  }
  return clipped;
}

/** Most letters of a word-like short form ("Cosatu") read as spelled from its name's words. */
const MAX_SPELLED_SHORT_FORM = 8;

/**
 * "SA Democratic Teachers Union (Sadtu)", "Congress of South African Trade Unions (Cosatu)": a short
 * form written as one word (lower-case `key`) that is the opening letters of each of the name's words
 * in turn (of each word but its connectors, which may give letters or none), at least one letter each,
 * is that name's. Needing every word, in order, keeps a place in brackets after a body's name ("the
 * Kelmor University Hospital (Lund)") from being read as its short form.
 */
function spelledFromPrefixes(key: string, words: readonly string[]): boolean {
  if (key.length > MAX_SPELLED_SHORT_FORM || key.includes(' ') || words.length < 3 || wordClass(words[0]!) & GIVEN_NAME) return false;
  const fits = (k: number, w: number): boolean => {
    if (w === words.length) return k === key.length;
    const word = words[w]!;
    const connector = (wordClass(word) & CONNECTOR) !== 0;
    if (connector && fits(k, w + 1)) return true;
    for (let n = 1; n <= word.length && k + n <= key.length && key[k + n - 1] === word[n - 1]; n++) if (fits(k + n, w + 1)) return true;
    return false;
  };
  return fits(0, 0);
}

/** Fewest letters of a short form that may differ from its name's initials by one. */
const MIN_LOOSE_SHORT_FORM = 3;

/**
 * "Independent National Electoral Commission (CENI)", "Alternative for Germany (AfD)": a short form
 * (lower-case `key`) abbreviates a name of several words when its letters are the initials of the
 * name's words, small words included, in any order (a name in another language orders its words
 * otherwise); one letter may differ, for a word the name translates ("D" for Deutschland), where
 * each word has its letter and the first letters agree ("Carla Dunn (CDU)" names her party). A
 * person's name opening with a given name is no name a short form abbreviates ("Joe Ruiz (JRP)").
 */
export function abbreviates(key: string, words: readonly string[]): boolean {
  if (wordClass(words[0]!) & GIVEN_NAME || words.filter((w) => !(wordClass(w) & CONNECTOR)).length < 2) return false;
  // "the Kelmor Trade Unions … the KTUs": a short form in the plural abbreviates a name that ends in a plural.
  if (key.length > 3 && key.endsWith('s') && words[words.length - 1]!.endsWith('s') && spells(key.slice(0, -1), words)) return true;
  return spells(key, words);
}

/** "KTUs", "NGOs": a short form in capitals with a plural's "s". */
const isPluralShortForm = (form: string): boolean => form.length > 3 && form.charCodeAt(form.length - 1) === 115 && isShortForm(form.slice(0, -1));

/** The letters of `key` are the initials of `words` (one may be missed in a long short form that opens with the first's). */
function spells(key: string, words: readonly string[]): boolean {
  const initials = words.map((w) => w[0]);
  // "Tehreek-e-Insaf" gives its parts' letters too (PTI).
  for (const w of words) for (let h = w.indexOf('-'); h >= 0 && h + 1 < w.length; h = w.indexOf('-', h + 1)) initials.push(w[h + 1]);
  let letters = 0;
  let missed = 0;
  for (let i = 0; i < key.length; i += widthAt(key, i)) {
    if (!(classAt(key, i) & LETTER)) continue;
    const c = key[i];
    letters++;
    const at = initials.indexOf(c);
    if (at < 0) missed++;
    else initials[at] = '';
  }
  return letters >= 2 && (missed === 0 || (missed === 1 && letters >= MIN_LOOSE_SHORT_FORM && letters === words.length && key[0] === words[0]![0]));
}

/** Heads written before their field with "of" or after it: "Ministry of Health" and "Health Ministry". */
const REORDERED_HEADS = new Set(['ministry', 'department']);

/**
 * "the Ministry of Health … the Health Ministry": the key, by number, of the same body's name in the
 * other order that came first, for each key whose other order came earlier.
 */
function reorderedNames(keys: readonly string[], words: readonly (readonly string[])[], ids: ReadonlyMap<string, number>): (number | undefined)[] {
  const out: (number | undefined)[] = [];
  words.forEach((w, k) => {
    if (w.length < 3 || w[1] !== 'of' || !REORDERED_HEADS.has(w[0]!)) return;
    const other = ids.get(`${keys[k]!.slice(w[0]!.length + 4)} ${w[0]}`);
    if (other === undefined) return;
    if (other < k) out[k] = other;
    else out[other] = k;
  });
  return out;
}

/**
 * What the rules that join a one-word name to a longer one read of every key, by key number (as in `mergeOccurrences`):
 * its words, the number of each key, the full names it is the tail of, and whether it is a known name (a place, outlet
 * or government body of the lexicon).
 */
interface KeyTable {
  keys: readonly string[];
  words: readonly (readonly string[])[];
  ids: ReadonlyMap<string, number>;
  tails: readonly (number[] | undefined)[];
  known: readonly boolean[];
}

/**
 * "Tang Yijun … Tang said", "Lim Boon Teck … Mr Lim": names written family name first (Chinese,
 * Korean, Hungarian) are shortened to their first word. A one-word form joins the only name of two or
 * three words opening with it when that name came first, its other words are never used alone nor
 * put first ("Yijun Tang"), and the word is no given name ("Donald" is not "Donald Trump"), known
 * name or tail of another name.
 * Keys are numbered as in `mergeOccurrences`; the result is by key number.
 */
function surnameFirstNames({ keys, words, ids, tails, known }: KeyTable): (number | undefined)[] {
  // The name of two or three words opening with each one-word key, or null when two names open with it.
  const byFirst = namesOpeningWith(words, ids, (w) => w.length === 2 || w.length === 3);
  const out: (number | undefined)[] = [];
  keys.forEach((single, k) => {
    const full = byFirst[k];
    if (full == null || known[k] || tails[k] || wordClass(single) & (GIVEN_NAME | HEAD_WORD)) return;
    // "Lim Boon Teck … Mr Lim": no word after the first is used alone, put first, or a head.
    const rest = words[full]!.slice(1);
    // "Kelmor India … Kelmor’s shares": a company named with the country it trades in is shortened
    // to the word before it; the place said alone is still the place.
    const placeAfter = rest.length === 1 && known[ids.get(rest[0]!) ?? -1] === true && PLACES.has(rest[0]!) && wordClass(single) === 0;
    if (rest.some((w) => (ids.has(w) && !placeAfter) || wordClass(w) & (HEAD_WORD | CONNECTOR)) || ids.has(`${rest.join(' ')} ${single}`) || (rest.length > 1 && ids.has(rest.join(' ')))) return;
    // Numbered in order of first appearance: the full name came first.
    if (full < k) out[k] = full;
  });
  return out;
}

/**
 * For each one-word key, the only name among those `counted` that opens with it, or null where two do or where the one
 * that does is not `fit` for it. By key number, as in `mergeOccurrences`.
 */
function namesOpeningWith(
  words: readonly (readonly string[])[],
  ids: ReadonlyMap<string, number>,
  counted: (w: readonly string[]) => boolean,
  fit: (w: readonly string[]) => boolean = () => true,
): (number | null | undefined)[] {
  const byFirst: (number | null | undefined)[] = [];
  words.forEach((w, k) => {
    const first = counted(w) ? ids.get(w[0]!) : undefined;
    if (first !== undefined) byFirst[first] = byFirst[first] === undefined && fit(w) ? k : null;
  });
  return byFirst;
}

/** Most words of a person's name ("Datuk Ridzuan Hasnul Rahman"); a longer capitalised run is a headline. */
const MAX_PERSON_WORDS = 4;

/** Most words of a person's name its title and first word may stand for ("Mohammed bin Rashid al-Maktoum"). */
const MAX_TITLED_NAME_WORDS = 5;

/**
 * "Karim Hasnul … Mr Karim", "Tarek bin Saeed al-Varni … sheikh Tarek": in Malay and Arabic names the
 * title and the first word are the usual short form. A one-word key written right after a title joins the
 * only earlier person's name opening with it (its other words no head, place noun or connector but a name
 * particle), where no name ends in it, it is no known name, and no other name opens with it ("Mr Tomas"
 * beside "Tomas Varn" and "Tomas Ruiz" joins neither).
 * Keys are numbered as in `mergeOccurrences`; the result is by key number.
 */
function titledFirstNames(occurrences: readonly Occurrence[], idOf: readonly number[], { keys, words, ids, tails, known }: KeyTable): (number | undefined)[] {
  const titled: boolean[] = [];
  occurrences.forEach((o, i) => {
    if (o.titled && o.words.length === 1) titled[idOf[i]!] = true;
  });
  // The person's name opening with each titled key, or null when two names (or one that is no person's) open with it.
  const byFirst = namesOpeningWith(
    words,
    ids,
    (w) => w.length > 1 && w.length <= MAX_TITLED_NAME_WORDS && titled[ids.get(w[0]!) ?? -1] === true,
    (w) =>
      w.every((word, i) => {
        const cls = wordClass(word);
        return !(cls & (HEAD_WORD | PLACE_CUE)) && (!(cls & CONNECTOR) || (i > 0 && NAME_PARTICLES.has(word)));
      }),
  );
  const out: (number | undefined)[] = [];
  keys.forEach((single, k) => {
    const full = byFirst[k];
    if (full == null || full > k || known[k] || tails[k] || wordClass(single) & HEAD_WORD) return;
    out[k] = full;
  });
  return out;
}

/**
 * "Datuk Karim Hasnul Rahman … said Karim", "the Ministry of Internal Affairs … the Ministry said": a
 * one-word key joins the only earlier name that holds it as a word other than its last, where that
 * name is a person's (no head or connector word) of three or four words, or where the word is a
 * body's head opening that name before its connector ("Ministry of …"). A known name, a given name
 * ("Donald"), a tail of another name, another name's initials ("SAPS") or a word of two names joins none.
 * Keys are numbered as in `mergeOccurrences`; the result is by key number.
 */
function onlyNameHolding({ keys, words, ids, tails, known }: KeyTable, initials: readonly (number | undefined)[]): (number | undefined)[] {
  // The name holding each one-word key, or null when two names hold it.
  const holder: (number | null | undefined)[] = [];
  words.forEach((w, k) => {
    if (w.length < 2) return;
    const classes = mapped(w, wordClass);
    // "Ostra City Hall": a town's or a state's noun inside the name makes it no person's.
    const person = w.length > 2 && w.length <= MAX_PERSON_WORDS && !classes.some((c) => c & (HEAD_WORD | CONNECTOR | PLACE_CUE));
    const body = classes[0]! & HEAD_WORD && classes[1]! & CONNECTOR;
    if (!person && !body) return;
    for (let i = 0; i < w.length - 1; i++) {
      const single = ids.get(w[i]!);
      if (single !== undefined && (person || i === 0)) holder[single] = holder[single] === undefined ? k : null;
    }
  });
  const out: (number | undefined)[] = [];
  keys.forEach((single, k) => {
    const full = holder[k];
    if (full == null || known[k] || tails[k] || initials[k] !== undefined || full > k) return;
    // A given name joins no name; a body's head joins only the body it opens.
    const cls = wordClass(single);
    if (cls & GIVEN_NAME || (cls & HEAD_WORD && words[full]![0] !== single)) return;
    out[k] = full;
  });
  return out;
}

/**
 * The most complete form (most words, then longest); among its spellings the usual outlet spelling,
 * else the one with most inner capitals ("BuzzFeed" over "Buzzfeed"), but not an all-capitals one.
 */
function canonicalName(occurrences: Occurrence[]): string {
  let best = occurrences[0]!;
  for (const o of occurrences) {
    if (o.words.length > best.words.length || (o.words.length === best.words.length && o.form.length > best.form.length)) {
      best = o;
    }
  }
  const known = OUTLETS.get(best.key);
  if (known) return known;
  let name = best.form;
  // Counted only once another spelling turns up: most names have one.
  let most = -1;
  for (const o of occurrences) {
    if (o.key !== best.key || o.form === name) continue;
    if (most < 0) most = capitals(name);
    const c = capitals(o.form);
    if (c > most) {
      name = o.form;
      most = c;
    }
  }
  return name;
}

/** Capital letters of a form; none for an all-capitals form longer than three characters. */
function capitals(s: string): number {
  if (s.length > 3 && s === s.toUpperCase()) return 0;
  let n = 0;
  for (let i = 0; i < s.length; i += widthAt(s, i)) if (classAt(s, i) & UPPER) n++;
  return n;
}

/** Word classes a person's name holds none of: a body's, a place's or a role's word, or a connector. */
const NOT_PERSON_WORD = HEAD_WORD | CONNECTOR | PLACE_CUE | PLACE_NOUN | ROLE_HEAD | ROLE_MODIFIER | PERSON_NOUN | DEMONYM;

/**
 * "Tarvo Kelmani said … Kelmani, who lost … Tarvo added": many outlets call a person by the first word of the full
 * name once they have given it. A one-word key joins the only earlier name opening with it, where that name is a
 * person's (two to four words, none a body's, place's or role's word, no known name) and the word is no known name,
 * no title or common word, no tail of another name ("Ruiz" of "Ana Ruiz" stays hers) and no name's initials. Two
 * names opening with it ("Ana Ruiz", "Ana Lind") leave it alone. A storm's name is shaped alike: "Typhoon ‘Varn’" after
 * "Typhoon Varn" is that storm.
 * Keys are numbered as in `mergeOccurrences`; the result is by key number.
 */
function givenNamesAlone({ keys, words, ids, tails, known }: KeyTable, initials: readonly (number | undefined)[]): (number | undefined)[] {
  const byFirst = namesOpeningWith(
    words,
    ids,
    (w) => w.length > 1,
    (w) => w.length <= MAX_PERSON_WORDS && !isKnown(w.join(' ')) && w.every((word) => !(wordClass(word) & NOT_PERSON_WORD)),
  );
  const out: (number | undefined)[] = [];
  keys.forEach((single, k) => {
    const full = byFirst[k];
    if (full == null || full > k || known[k] || tails[k] || initials[k] !== undefined || wordClass(single) & (NOT_PERSON_WORD | COMMON | FUNCTION)) return;
    out[k] = full;
  });
  return out;
}
