/** Median of a list of numbers (the benchmarks report medians: robust on shared, noisy machines). */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Time of `fn` alone on a fresh input from `prepare`, in ms. */
function timeOnce<T>(prepare: () => T, fn: (input: T) => unknown): number {
  const input = prepare();
  const t0 = performance.now();
  fn(input);
  return performance.now() - t0;
}

/**
 * Median times in ms of `baseline` and `subject`, each run `runs` times (after 3 warm-up runs) on a
 * fresh input from `prepare`. The two alternate run by run, so a slow spell of a shared machine falls
 * on both rather than on whichever happened to run then; and which goes first alternates too, since
 * the one that follows pays for collecting the other's garbage.
 */
export function timePair<T>(runs: number, prepare: () => T, baseline: (input: T) => unknown, subject: (input: T) => unknown): [number, number] {
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs + 3; i++) {
    let ta: number;
    let tb: number;
    if (i % 2) {
      tb = timeOnce(prepare, subject);
      ta = timeOnce(prepare, baseline);
    } else {
      ta = timeOnce(prepare, baseline);
      tb = timeOnce(prepare, subject);
    }
    if (i < 3) continue;
    a.push(ta);
    b.push(tb);
  }
  return [median(a), median(b)];
}
