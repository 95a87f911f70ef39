import { CONNECTORS, EVENT_HEADS, GOVERNMENT_NAMES, ORG_HEADS, OUTLET_WORDS, OUTLETS, PLACES } from './lexicon';
import type { Occurrence } from './mentions';

/** Occurrences of one entity, in text order, with the canonical form. */
export interface Group {
  name: string;
  key: string;
  occurrences: Occurrence[];
}

const keyOf = (words: string[]): string => words.join(' ').replace(/\./g, '');
const isKnown = (key: string): boolean => PLACES.has(key) || OUTLETS.has(key) || GOVERNMENT_NAMES.has(key);

/**
 * Merges the forms of one entity: case variants, a surname or a shorter tail ("Molina", "Putin")
 * with the nearest full name that ends in it, a name with its event or organisation head
 * ("G20" / "G20 Summit"), and an acronym with the name it abbreviates ("HRC").
 */
export function mergeOccurrences(occurrences: Occurrence[]): Group[] {
  const keys = occurrences.map((o) => keyOf(o.words));
  const distinct = [...new Set(keys)];

  // Index every key by its word tails, heads-only extensions and initials, so merging stays linear.
  const byTail = new Map<string, string[]>();
  const byStem = new Map<string, string>();
  const byInitials = new Map<string, string>();
  for (const key of distinct) {
    const words = key.split(' ');
    for (let i = 1; i < words.length; i++) {
      const tail = words.slice(i).join(' ');
      const list = byTail.get(tail);
      if (list) list.push(key);
      else byTail.set(tail, [key]);
      const extra = words.slice(i);
      const isHead = (w: string): boolean => EVENT_HEADS.has(w) || ORG_HEADS.has(w) || OUTLET_WORDS.has(w);
      // "G20" / "G20 Summit"; a one-word stem also before a longer head ("Nobel" / "Nobel Peace Prize").
      if (extra.every(isHead) || (i === 1 && isHead(extra[extra.length - 1]!))) {
        const stem = words.slice(0, i).join(' ');
        if (!byStem.has(stem)) byStem.set(stem, key);
      }
    }
    if (words.length > 1) {
      const initials = words.filter((w) => !CONNECTORS.has(w)).map((w) => w[0]).join('');
      if (!byInitials.has(initials)) byInitials.set(initials, key);
    }
  }

  // A tail joins the full name seen most recently before it, or else the first one seen after.
  const lastSeen = new Map<string, number>();
  const resolved = keys.map((k, i) => {
    const candidates = isKnown(k) ? undefined : byTail.get(k);
    let best = candidates?.[0] ?? k;
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

  const finalKey = (k: string): string => {
    // A known place stays itself: "Paris" is not the "Paris Olympics".
    const stem = isKnown(k) ? undefined : byStem.get(k);
    if (stem) return stem;
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
  const key = keyOf(best.words);
  const known = OUTLETS.get(key);
  if (known) return known;
  const capitals = (s: string): number =>
    s.length > 3 && s === s.toUpperCase() ? 0 : (s.match(/\p{Lu}/gu) ?? []).length;
  let name = best.form;
  for (const o of occurrences) {
    if (keyOf(o.words) === key && capitals(o.form) > capitals(name)) name = o.form;
  }
  return name;
}
