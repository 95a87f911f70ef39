/** Nicknames in or after a name: “Bongbong” in quotes inside it, a team's shirt colours ("Red and Golds") after it. */

import { COLOURS } from '../lexicon';
import type { Token } from '../tokens';

/** `a “b” c`: one capitalised word in double quotes, set by single spaces between two capitalised words. */
export function isNickname(text: string, a: Token, b: Token, c: Token | undefined, inRun: boolean): boolean {
  if (!inRun || !c || !a.capitalised || !b.capitalised || !c.capitalised) return false;
  const open = text.charCodeAt(a.end + 1);
  const close = text.charCodeAt(b.end);
  return (
    b.start === a.end + 2 &&
    c.start === b.end + 2 &&
    text[a.end] === ' ' &&
    text[b.end + 1] === ' ' &&
    ((open === 0x201c && close === 0x201d) || (open === 34 && close === 34))
  );
}

/** "(However the) Red and Golds": two colours joined by "and" end the run, a team's nickname from its shirts. */
export const endsWithColourNickname = (run: Token[]): boolean => {
  const n = run.length;
  return n >= 3 && run[n - 2]!.text === 'and' && COLOURS.has(run[n - 3]!.lower) && COLOURS.has(run[n - 1]!.lower.replace(/s$/, ''));
};
