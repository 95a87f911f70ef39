/** A title's portfolios written as a list with commas ("Minister for Ports, Roads, and Inland Shipping Ana Ruiz"). */
import type { Part } from './name-parts';
import { isPersonLike } from './name-shapes';
import { portfolioEnd } from './portfolios';
import type { Token } from '../tokens';
import { OFFICE_PORTFOLIOS, PORTFOLIO_WORDS } from '../lexicon';
import { GIVEN_NAME, HEAD_WORD, ROLE_HEAD, ROLE_MODIFIER, wordClass } from '../wordclass';

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
  const pair = titleHolderPair(text, run, list[0]);
  if (pair) return pair;
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

/**
 * "Minister for Harbours, Kelmo Dravic, and Oyel Tamsin said": one portfolio after the title's "for", then two names of two
 * or three words each, none a portfolio's or a title's word, are the person holding the title (the apposition after it) and
 * a second person, not a list of portfolios; the first gets the title as role, the second none. `list` is what LIST_BEFORE
 * read before the run. Null where the run is no such name (the list's own items and "Minister for Ports, Roads, and
 * Inland Shipping Ana Ruiz" are read as before).
 */
function titleHolderPair(text: string, run: readonly Token[], list: string): Part[] | null {
  if (run.length < 2 || run.length > 3 || !run.every((w) => w.capitalised && !w.possessive && isPersonWord(w.lower))) return null;
  const last = run[run.length - 1]!;
  if (list.endsWith('and ')) {
    // The second person: the item before the list's "and" is a name too, right after the title's one portfolio.
    const m = HOLDER_BEFORE.exec(list);
    return m && isPersonName(m[2]!) && !/^\s*\p{Lu}/u.test(text.slice(last.end, last.end + 2)) ? [{ tokens: [...run], role: null }] : null;
  }
  // The holder: the title's one portfolio right before it, and one more name after the list's ", and".
  const title = TITLE_BEFORE.exec(list);
  const other = SECOND_AFTER.exec(text.slice(last.end, last.end + LIST_REACH));
  if (!title || !other || !isPersonName(other[1]!)) return null;
  return [{ tokens: [...run], role: title[1]! }];
}

/** A title's last word, "for" or "of" and one portfolio, then one item and ", and": the list before a second person. */
const HOLDER_BEFORE = /(\p{Lu}\p{L}+\s+(?:for|of)\s+\p{Lu}[\p{L}-]*),\s+(\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+){1,2}),\s+and\s+$/u;
/** A title ("Minister", "State Minister"), "for" or "of" and one portfolio, then the comma before its holder. */
const TITLE_BEFORE = /((?:(?!The\s)\p{Lu}\p{L}+\s+)?\p{Lu}\p{L}+\s+(?:for|of)\s+\p{Lu}[\p{L}-]*),\s+$/u;
/** ", and" and a second name of two or three words, then no more capitalised words. */
const SECOND_AFTER = /^,\s+and\s+(\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+){1,2})(?![\p{L}-]|\s+\p{Lu})/u;
/** Two or three words none of which is a portfolio's, a title's or a body's. */
const isPersonName = (words: string): boolean => words.split(/\s+/).every((w) => isPersonWord(w.toLowerCase()));
const isPersonWord = (lower: string): boolean => !(wordClass(lower) & (ROLE_HEAD | ROLE_MODIFIER | HEAD_WORD)) && !PORTFOLIO_WORDS.has(lower) && !OFFICE_PORTFOLIOS.has(lower);
