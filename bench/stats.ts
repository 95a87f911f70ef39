/** Median of a list of numbers (the benchmarks report medians: robust on shared, noisy machines). */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Runs `fn` after `prepare` `runs` times (plus warm-up) and returns the median time of `fn` alone, in ms. */
export function timeMedian<T>(runs: number, prepare: () => T, fn: (input: T) => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < runs + 3; i++) {
    const input = prepare();
    const t0 = performance.now();
    fn(input);
    const t1 = performance.now();
    if (i >= 3) times.push(t1 - t0);
  }
  return median(times);
}
