/**
 * Whether a path program (path-pattern.ts) accepts a path, as RegExp.prototype.test would accept it for
 * the pattern the program was compiled from: anywhere in the path unless anchored. The gate's test of
 * an address without a RegExp (whose first use in a page's fresh content-script world costs a share of
 * the gate's millisecond), in one function that follows every thread of the program at once along the
 * path: no backtracking and no recursion, so an address of any length takes time in proportion to it
 * and cannot overflow the stack.
 */
import type { PathProgram } from './path-pattern';

export function matchesPath(program: PathProgram, path: string): boolean {
  /** Positions of the program's consuming steps that a thread has reached at the current character. */
  let threads: number[] = [];
  /** Steps after a consumed character, to follow into `threads` at the next one. */
  let advanced: number[] = [];
  /** For each step, the last character position it was followed at, so no step is followed twice there. */
  const followedAt: number[] = [];
  const pending: number[] = [];
  for (let at = 0; at <= path.length; at++) {
    // A match may begin at any character: a thread starts at the first step at each one (`start` steps refuse all but the first).
    pending.push(...advanced, 0);
    threads = [];
    while (pending.length > 0) {
      const step = pending.pop()!;
      if (followedAt[step] === at) continue;
      followedAt[step] = at;
      if (step === program.length) return true;
      const s = program[step]!;
      if ('fork' in s) pending.push(step + 1, s.fork);
      else if ('jump' in s) pending.push(s.jump);
      else if ('start' in s) {
        if (at === 0) pending.push(step + 1);
      } else if ('end' in s) {
        if (at === path.length) pending.push(step + 1);
      } else threads.push(step);
    }
    if (at === path.length) break;
    const code = path.charCodeAt(at);
    advanced = [];
    for (const step of threads) {
      const { ranges, not } = program[step] as { ranges: string; not?: true };
      let within = false;
      for (let i = 0; i < ranges.length && !within; i += 2) within = code >= ranges.charCodeAt(i) && code <= ranges.charCodeAt(i + 1);
      if (within !== (not === true)) advanced.push(step + 1);
    }
  }
  return false;
}
