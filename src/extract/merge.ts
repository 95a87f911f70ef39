import { classAt, LETTER, UPPER, widthAt } from './chars';
import { GOVERNMENT_NAMES, NAME_PARTICLES, NAME_SUFFIXES, OUTLETS, PLACES } from './lexicon';
import type { Occurrence } from './mentions';
import { isShortForm } from './tokens';
import { CONNECTOR, EVENT_HEAD, GIVEN_NAME, HEAD_WORD, ORG_HEAD, OUTLET_WORD, wordClass } from './wordclass';

/** Occurrences of one entity, in text order, with the canonical form. */
export interface Group {
  name: string;
  key: string;
  occurrences: Occurrence[];
}

/** Last words that extend a name into the name of its event, organisation or outlet. */
const NAME_HEAD = EVENT_HEAD | ORG_HEAD | OUTLET_WORD;

const isKnown = (key: string): boolean => PLACES.has(key) || OUTLETS.has(key) || GOVERNMENT_NAMES.has(key);

/**
 * Merges the forms of one entity: case variants, a surname or a shorter tail ("Molina", "Putin")
 * with the nearest full name that ends in it, a name with its event or organisation head
 * ("G20" / "G20 Summit"), and an acronym with the name it abbreviates ("HRC").
 */
export function mergeOccurrences(occurrences: Occurrence[]): Group[] {
  const keys = occurrences.map((o) => o.key);
  const distinct = [...new Set(keys)];

  // Index every key by its word tails, heads-only extensions and initials, so merging stays linear.
  const byTail = new Map<string, string[]>();
  const byStem = new Map<string, string>();
  const byInitials = new Map<string, string>();
  // A key lists itself under a tail once: all of a key's tails are added while that key is read, so
  // a repeat can only be the list's last entry.
  const addTail = (tail: string, key: string): void => {
    const list = byTail.get(tail);
    if (!list) byTail.set(tail, [key]);
    else if (list[list.length - 1] !== key) list.push(key);
  };
  for (const key of distinct) {
    const words = key.split(' ');
    if (words.length === 1) continue;
    const classes = words.map(wordClass);
    const heads = classes.map((c) => (c & NAME_HEAD) !== 0);
    // headsFrom[i]: every word from the i-th on is a head.
    const headsFrom = heads.slice();
    for (let i = words.length - 2; i >= 0; i--) headsFrom[i] = heads[i]! && headsFrom[i + 1]!;
    let space = key.indexOf(' ');
    // "Guinea" is not the "Union of Democratic Forces of Guinea": the tail after the connector of an
    // institution's head names another thing ("the Commons" is still the House of Commons).
    let institution = false;
    for (let i = 1; i < words.length; i++) {
      const tail = key.slice(space + 1);
      institution ||= (classes[i - 1]! & HEAD_WORD) !== 0;
      if (!(institution && classes[i - 1]! & CONNECTOR)) addTail(tail, key);
      // "G20" / "G20 Summit"; a one-word stem also before a longer head ("Nobel" / "Nobel Peace Prize").
      if (headsFrom[i] || (i === 1 && heads[words.length - 1])) {
        const stem = key.slice(0, space);
        if (!byStem.has(stem)) byStem.set(stem, key);
      }
      space = key.indexOf(' ', space + 1);
    }
    // "Ferdinand Marcos Jr" is also "Marcos": a generational suffix is no tail of its own.
    if (words.length > 2 && NAME_SUFFIXES.has(words[words.length - 1]!)) {
      for (let i = 1; i < words.length - 1; i++) addTail(words.slice(i, -1).join(' '), key);
    }
    // "Luiz Inácio Lula da Silva" is also "Lula": a word before a name particle, other than the first
    // (a given name, as "Ursula" of "Ursula von der Leyen"), is a short form of its own.
    for (let i = 1; i < words.length - 1; i++) {
      if (NAME_PARTICLES.has(words[i + 1]!) && !(classes[i]! & (GIVEN_NAME | CONNECTOR))) addTail(words[i]!, key);
    }
    let initials = '';
    for (let i = 0; i < words.length; i++) if (!(classes[i]! & CONNECTOR)) initials += words[i]![0];
    if (!byInitials.has(initials)) byInitials.set(initials, key);
  }

  const surnameFirst = surnameFirstNames(keys, distinct, byTail);

  // A tail joins the full name seen most recently before it, or else the first one seen after.
  const lastSeen = new Map<string, number>();
  const resolved = keys.map((k, i) => {
    const candidates = isKnown(k) ? undefined : byTail.get(k);
    let best = candidates?.[0] ?? surnameFirst.get(k) ?? k;
    let bestAt = -1;
    for (const c of candidates ?? []) {
      const at = lastSeen.get(c) ?? -1;
      if (at > bestAt) {
        best = c;
        bestAt = at;
      }
    }
    lastSeen.set(k, i);
    return best;
  });

  // "Alternative for Germany (AfD)": a short form in brackets right after a name it fits is that
  // name's alias, wherever else it is used; so is one after a body's name, whatever its letters (they
  // may be the initials of the name in its own language: "Republican People's Party (CHP)").
  const aliases = new Map<string, string>();
  occurrences.forEach((o, i) => {
    const name = occurrences[i - 1];
    if (o.bracketed && name && name.end + 2 === o.start && !aliases.has(o.key) && !name.role && isShortForm(o.form) && (abbreviates(o.key, name.words) || namesBody(o.key, name.words))) {
      aliases.set(o.key, resolved[i - 1]!);
    }
  });

  const finalKey = (key: string): string => {
    const k = aliases.get(key) ?? key;
    // A known place stays itself: "Paris" is not the "Paris Olympics"; a known outlet joins its own
    // longer name ("Xinhua" / "Xinhua News Agency"), not another body's ("Reuters Institute").
    const stem = byStem.get(k);
    if (stem && (!isKnown(k) || (OUTLETS.has(k) && wordClass(stem.slice(k.length + 1).split(' ')[0]!) & OUTLET_WORD))) return stem;
    const full = /^[a-z]{2,6}$/.test(k) ? byInitials.get(k) : undefined;
    return full && full !== k ? full : k;
  };

  const groups = new Map<string, Occurrence[]>();
  occurrences.forEach((o, i) => {
    const k = finalKey(resolved[i]!);
    const list = groups.get(k);
    if (list) list.push(o);
    else groups.set(k, [o]);
  });
  return [...groups].map(([key, occ]) => ({ key, name: canonicalName(occ), occurrences: occ }));
}

/**
 * The name ends in the head word of a body ("Party", "Board", "Council"), which a short form in
 * brackets after it abbreviates in any language, unless the short form is a known name of its own
 * ("the Labour Party (UK)").
 */
const namesBody = (key: string, words: readonly string[]): boolean =>
  words.length > 1 && (wordClass(words[words.length - 1]!) & HEAD_WORD) !== 0 && !isKnown(key);

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

/**
 * "Tang Yijun … Tang said": names written family name first (Chinese, Korean, Hungarian) are
 * shortened to their first word. A one-word form joins the only two-word name opening with it when
 * that name came first, its second word is never used alone nor put first ("Yijun Tang"), and the
 * word is no given name ("Donald" is not "Donald Trump"), known name or tail of another name.
 */
function surnameFirstNames(keys: string[], distinct: string[], byTail: ReadonlyMap<string, string[]>): Map<string, string> {
  const singles = new Set(distinct.filter((k) => !k.includes(' ')));
  const all = new Set(distinct);
  // First word of each two-word name, or null when two names open with it.
  const byFirst = new Map<string, string | null>();
  for (const key of distinct) {
    // Two words: one space, and no other after it.
    const space = key.indexOf(' ');
    if (space < 0 || key.includes(' ', space + 1)) continue;
    const first = key.slice(0, space);
    byFirst.set(first, byFirst.has(first) ? null : key);
  }
  const firstAt = new Map<string, number>();
  keys.forEach((k, i) => {
    if (!firstAt.has(k)) firstAt.set(k, i);
  });
  const out = new Map<string, string>();
  for (const single of singles) {
    const full = byFirst.get(single);
    if (!full || isKnown(single) || byTail.has(single) || wordClass(single) & (GIVEN_NAME | HEAD_WORD)) continue;
    const second = full.slice(single.length + 1);
    if (singles.has(second) || all.has(`${second} ${single}`) || wordClass(second) & HEAD_WORD) continue;
    if (firstAt.get(full)! < firstAt.get(single)!) out.set(single, full);
  }
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
  let most = capitals(name);
  for (const o of occurrences) {
    if (o.key !== best.key || o.form === name) continue;
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
