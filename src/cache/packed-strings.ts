/**
 * Strings kept as one string plus the end offset of each: one value to store and load, however many
 * (IndexedDB and structured clone copy one long string and one typed array far faster than an array
 * of a hundred thousand short strings).
 */
export interface PackedStrings {
  text: string;
  ends: Uint32Array;
}

export function packStrings(list: readonly string[]): PackedStrings {
  const ends = new Uint32Array(list.length);
  let end = 0;
  list.forEach((s, i) => (ends[i] = end += s.length));
  return { text: list.join(''), ends };
}

export function stringAt(p: PackedStrings, i: number): string {
  return p.text.slice(i ? p.ends[i - 1] : 0, p.ends[i]);
}

/** `s` compared with string i, in code units as `<` compares strings, without copying string i out. */
function compareAt(p: PackedStrings, i: number, s: string): number {
  const start = i ? p.ends[i - 1]! : 0;
  const length = p.ends[i]! - start;
  const n = Math.min(length, s.length);
  for (let k = 0; k < n; k++) {
    const d = p.text.charCodeAt(start + k) - s.charCodeAt(k);
    if (d) return d;
  }
  return length - s.length;
}

/**
 * In sorted packed strings, the position of the first string not below `s` (the count when none is).
 * Lookups call this thousands of times per article: it copies no string.
 */
export function lowerBound(p: PackedStrings, s: string): number {
  let lo = 0;
  let hi = p.ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareAt(p, mid, s) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The position of `s` in sorted packed strings, or -1. */
export function indexOf(p: PackedStrings, s: string): number {
  const i = lowerBound(p, s);
  return i < p.ends.length && compareAt(p, i, s) === 0 ? i : -1;
}
