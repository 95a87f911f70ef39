/**
 * `items.map(f)`, built as a packed array in every tier. V8's optimising compiler builds what `map`
 * returns as a holey array where the unoptimised builtin builds a packed one, so a function compiled
 * for the packed arrays of the first runs throws its optimised code away ("wrong map") once the
 * function that made them is optimised, and a big rule function then takes long to compile again.
 * Used where a hot function reads what another (or itself) has just mapped.
 */
export function mapped<T, U>(items: readonly T[], f: (item: T, i: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < items.length; i++) out.push(f(items[i]!, i));
  return out;
}
