/** Outlets named "The" and one demonym ("The Hindu", "The Scotsman"): kept as names where the article writes them so inside a sentence and once before the outlet's noun. */

import { firstFrom } from '../ranges';
import { DEMONYM, OUTLET_CUE } from '../wordclass';
import type { Token } from '../tokens';

/**
 * The demonyms the article writes after a capitalised "The" inside a sentence ("…, The Kelmorian
 * reported") and, somewhere, after "The" and before a lower-case outlet's noun ("The Kelmorian newspaper
 * said"). A demonym alone is no name ("Indian police"), and "The Russian newspaper that …" opening a
 * sentence is any Russian paper; but a capital "The" inside a sentence is part of a name, and the noun
 * says whose. One pass over the tokens, per article.
 */
export function demonymOutlets(text: string, tokens: readonly Token[]): ReadonlySet<string> {
  const inside = new Set<string>();
  const papers = new Set<string>();
  // Read from each "The" of the text, not word by word: most words follow none.
  for (let p = text.indexOf('The'); p >= 0; p = text.indexOf('The', p + 1)) {
    const k = firstFrom(tokens, p) + 1;
    const the = tokens[k - 1];
    if (the === undefined || the.start !== p || k + 1 >= tokens.length) continue;
    const t = tokens[k]!;
    if (!(t.cls & DEMONYM) || !t.capitalised || !isCapitalThe(the, t)) continue;
    // After a space: a mark glued before it ("»The") may open a sentence the splitter did not see.
    if (!the.initial && text.charCodeAt(the.start - 1) === 32) inside.add(t.lower);
    const next = tokens[k + 1]!;
    // "The Russian newspaper Novaya Gazeta": a name after the noun is the paper's; the demonym says whose it is.
    const named = tokens[k + 2]?.capitalised && tokens[k + 2]!.start === next.end + 1;
    if (!next.capitalised && next.start === t.end + 1 && next.cls & OUTLET_CUE && !named) papers.add(t.lower);
  }
  for (const d of papers) if (!inside.has(d)) papers.delete(d);
  return papers;
}

/** `the` is a capitalised "The" set right before `word`. */
const isCapitalThe = (the: Token, word: Token): boolean => the.text === 'The' && the.end + 1 === word.start;

/**
 * The run holds only "The" and a demonym the article showed to be an outlet's name (`outlets`): the
 * name is both words, as the paper writes it ("The Kelmorian", not the demonym alone).
 */
export function demonymOutletRun(run: readonly Token[], outlets: ReadonlySet<string>): Token[] | null {
  return outlets.size && run.length === 2 && isCapitalThe(run[0]!, run[1]!) && outlets.has(run[1]!.lower) ? [...run] : null;
}
