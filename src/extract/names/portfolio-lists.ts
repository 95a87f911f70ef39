/** A title's portfolios written as a list with commas ("Minister for Ports, Roads, and Inland Shipping Ana Ruiz"). */
import type { Part } from './name-parts';
import { isPersonLike } from './name-shapes';
import { portfolioEnd } from './portfolios';
import type { Token } from '../tokens';
import { GIVEN_NAME, ROLE_HEAD, wordClass } from '../wordclass';

/**
 * "Deputy Minister for Ports, Roads, and Inland Shipping Ana Okoro Ruiz said": a title's "for" or "of" and portfolios set
 * apart by commas cut the title into runs at each comma. A run inside the list ("Roads", a comma and the list's "and" after
 * it) is one of the title's portfolios and names nothing; the run after the list's "and" holds the last portfolio and then
 * the person, whose role is the whole title. Null where the run follows no such list ("the Minister for Health, Varn
 * Kelmo, said" keeps the name after the comma).
 */
export function listedPortfolio(text: string, run: readonly Token[]): Part[] | null {
  const first = run[0]!;
  const before = text.charCodeAt(first.start - 2);
  // Cheap check first: a list's item follows ", " and its last item "and ".
  if (before !== 44 && !text.startsWith('and ', first.start - 4)) return null;
  const list = LIST_BEFORE.exec(text.slice(Math.max(0, first.start - LIST_REACH), first.start));
  if (!list || !(wordClass(list[1]!.toLowerCase()) & ROLE_HEAD)) return null;
  const last = run[run.length - 1]!;
  if (!list[0].endsWith('and ')) {
    // An item inside the list: one word or portfolio words alone, no given name, the list going on to its "and" after it.
    return (run.length === 1 || portfolioEnd(run as Token[], 0) === run.length) && !run.some((w) => w.cls & GIVEN_NAME) && LIST_GOES_ON.test(text.slice(last.end, last.end + LIST_REACH)) ? [] : null;
  }
  // "…, Varn Kelmo, and Ana Ruiz said": a given name opening the run names a person, no portfolio.
  if (run[0]!.cls & GIVEN_NAME) return null;
  const e = portfolioEnd(run as Token[], 0);
  const name = run.slice(Math.max(e, 1));
  if (name.length < 2 || !isPersonLike(name)) return [];
  // The last portfolio is one word at least, where the lexicon knows none of its words ("Telecoms Ana Ruiz").
  return [{ tokens: name, role: text.slice(first.start - list[0].length, run[Math.max(e, 1) - 1]!.end) }];
}

/** A title ("State Minister"), its "for" or "of", then one or more capitalised items each closed by a comma, then maybe "and". */
const LIST_BEFORE = /(?:\p{Lu}[\p{L}-]*\s+)*?(\p{Lu}\p{L}+)\s+(?:for|of)\s+(?:\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*,\s+)+(?:and\s+)?$/u;
/** After an item, its comma and more items up to the list's "and". */
const LIST_GOES_ON = /^,\s+(?:\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*,\s+)*and\s+\p{Lu}/u;
/** How far before a run its list is read. */
const LIST_REACH = 160;
