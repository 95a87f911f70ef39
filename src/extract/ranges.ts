import type { Range } from './sentences';

/** Index of the first range (or token) starting at or after `pos`, in ranges sorted by start. */
export function firstFrom(sorted: readonly Range[], pos: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first range (or token) from `from` on that ends after `pos`, in ranges that do not overlap (so their ends are sorted too). */
export function firstEndingAfter(sorted: readonly Range[], from: number, pos: number): number {
  let lo = from;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The range holding `pos`, among sorted ranges that do not overlap. */
export function rangeAt<T extends Range>(sorted: readonly T[], pos: number): T | undefined {
  const i = firstFrom(sorted, pos + 1) - 1;
  const r = sorted[i];
  return r && r.start <= pos && pos < r.end ? r : undefined;
}
