/**
 * Whether a path pattern (path-pattern.ts) accepts a path, as RegExp.prototype.test would: anywhere in
 * the path unless the pattern is anchored. The gate's test of an address: in a page's fresh
 * content-script world the first RegExp costs about a third of a millisecond, several times this.
 */
import type { PathPattern, PatternNode } from './path-pattern';

/** What follows a step: whether the rest of the pattern matches from `at`. */
type Rest = (at: number) => boolean;

export function matchesPath(pattern: PathPattern, path: string): boolean {
  for (let from = 0; from <= path.length; from++) {
    if (matchesFrom(pattern, 0, path, from, () => true)) return true;
  }
  return false;
}

/** Whether the pattern's steps from `step` on, then `rest`, match the path from `at`. */
function matchesFrom(pattern: PathPattern, step: number, path: string, at: number, rest: Rest): boolean {
  if (step === pattern.length) return rest(at);
  const node: PatternNode = pattern[step]!;
  const next: Rest = (to) => matchesFrom(pattern, step + 1, path, to, rest);
  if ('text' in node) return path.startsWith(node.text, at) && next(at + node.text.length);
  if ('ranges' in node) return at < path.length && inRanges(node.ranges, path.charCodeAt(at)) !== (node.not === true) && next(at + 1);
  if ('either' in node) return node.either.some((option) => matchesFrom(option, 0, path, at, next));
  if ('repeat' in node) return repeats(node, 0, path, at, next);
  if ('start' in node) return at === 0 && next(at);
  return at === path.length && next(at);
}

/**
 * The repeated sequence, `done` times matched so far, then `rest`. A repetition that matches nothing
 * ends the repeating once the least count is reached, so `(?:a*)*` cannot loop.
 */
function repeats(node: Extract<PatternNode, { repeat: PathPattern }>, done: number, path: string, at: number, rest: Rest): boolean {
  const more = done < (node.max ?? Infinity) && matchesFrom(node.repeat, 0, path, at, (to) => (to > at || done < node.min) && repeats(node, done + 1, path, to, rest));
  return more || (done >= node.min && rest(at));
}

/** Whether the character code is within one of the ranges (pairs of first and last character). */
function inRanges(ranges: string, code: number): boolean {
  for (let i = 0; i < ranges.length; i += 2) {
    if (code >= ranges.charCodeAt(i) && code <= ranges.charCodeAt(i + 1)) return true;
  }
  return false;
}
