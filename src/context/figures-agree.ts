/** A number, or a range from `value` to `upTo`: what two figures compare. Pack figures may leave `upTo` out. */
export interface Amount {
  value: number;
  upTo?: number | null;
}

/**
 * Two figures agree when their numbers or ranges meet: "27 to 33 years" agrees with 30 and with
 * "30 to 40", not with 35. Comparators are not weighed: "at least 21" and 2 disagree, as a reader
 * reading both would say.
 */
export function agree(a: Amount, b: Amount): boolean {
  return a.value <= (b.upTo ?? b.value) && b.value <= (a.upTo ?? a.value);
}
