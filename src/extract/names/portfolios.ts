/** A title's portfolio ("Minister for Water and Power", "the defence ministry"), which names no person. */

import { OFFICE_PORTFOLIOS, PORTFOLIO_WORDS } from '../lexicon';
import { type Evidence, keyOf } from './occurrence';
import { endsTitle } from './title-words';
import type { Token } from '../tokens';
import { GIVEN_NAME, ROLE_HEAD, ROLE_MODIFIER } from '../wordclass';

/** A word of a title's portfolio: a title's modifier, or a portfolio of the lexicon ("housing", "water"). */
export const isPortfolio = (t: Token): boolean => (t.cls & ROLE_MODIFIER) !== 0 || PORTFOLIO_WORDS.has(t.lower) || OFFICE_PORTFOLIOS.has(t.lower);

/**
 * The index after the portfolio words (joined by "and") from words[i]: "Foreign Affairs", "Water and Power";
 * one word, no given name, that qualifies a portfolio word is the portfolio's too ("Urban Development", "Kelmor Affairs").
 */
export function portfolioEnd(words: Token[], i: number): number {
  let e = i;
  while (e < words.length) {
    if (isPortfolio(words[e]!) || qualifiesPortfolio(words, e)) e++;
    else if (words[e]!.text === 'and' && e > i) {
      const after = portfolioAfterAnd(words, e + 1);
      if (after <= 0) break;
      e = after + 1;
    } else break;
  }
  return e;
}

/**
 * "Tourism Development and Christian Religious Affairs": after a portfolio's "and", a portfolio word,
 * or a few capitalised words up to a portfolio noun (a given name among them: a person's name ends
 * no portfolio), open a second portfolio. The index of its first portfolio word, or -1.
 */
function portfolioAfterAnd(words: Token[], from: number): number {
  if (from < words.length && isPortfolio(words[from]!)) return from;
  for (let k = from; k < words.length && k <= from + QUALIFIER_REACH; k++) {
    if (!words[k]!.capitalised) return -1;
    if (k > from && PORTFOLIO_WORDS.has(words[k]!.lower)) return k;
  }
  return -1;
}

/** Most capitalised words qualifying a portfolio noun after "and" ("Christian Religious Affairs"). */
const QUALIFIER_REACH = 2;

/** words[e] is a capitalised word, no given name, right before a portfolio word. */
const qualifiesPortfolio = (words: Token[], e: number): boolean =>
  e + 1 < words.length && words[e]!.capitalised && !(words[e]!.cls & GIVEN_NAME) && !isPortfolio(words[e]!) && PORTFOLIO_WORDS.has(words[e + 1]!.lower);

/**
 * "Federal Minister for Power Khurram Dastgir", "Minister of Foreign Affairs Shah Mahmood Qureshi":
 * "for" or "of" at k after a title, then portfolio words, then a name of at least two words (one
 * word may be the portfolio's own: "Minister for Europe Hall").
 */
export const namedAfterPortfolio = (words: Token[], k: number): boolean =>
  k > 0 &&
  PORTFOLIO_LINKS.has(words[k]!.text) &&
  endsTitle(words, k - 1) &&
  portfolioEnd(words, k + 1) > k + 1 &&
  words.length - portfolioEnd(words, k + 1) >= 2;

/**
 * The index after a title's further portfolios and place from words[n], the end of its first
 * portfolio: "Secretary of State | for Civil Protection | for Ostra Ana Ruiz Lopes". A place is one
 * word, no given name, before a name of two words or more with a given name among its first two.
 */
export function portfolioChainEnd(words: Token[], n: number): number {
  while (n + 1 < words.length && PORTFOLIO_LINKS.has(words[n]!.text)) {
    const e = portfolioEnd(words, n + 1);
    // Each portfolio leaves a name of two words or more after it.
    if (e === n + 1 || words.length - e < 2) break;
    n = e;
  }
  const name = n + 2;
  if (words[n]?.text !== 'for' || words.length - name < 2 || words[n + 1]!.cls & GIVEN_NAME) return n;
  return words[name]!.cls & GIVEN_NAME || words[name + 1]!.cls & GIVEN_NAME ? name : n;
}

/** Words that join a title to its portfolio ("Minister for", "Secretary of"). */
export const PORTFOLIO_LINKS = new Set(['for', 'of']);

/**
 * "Energy and Mines Minister Jorge Merino", "Agriculture and Food Security Committee Chairman": an
 * "and" after a portfolio word, with a title later in the run, joins two portfolios of one title
 * ("Putin and Foreign Minister Lavrov" has a name before it).
 */
export const joinsPortfolios = (words: Token[], k: number): boolean =>
  words[k]!.text === 'and' && (words[k - 1]!.cls & ROLE_MODIFIER) !== 0 && words.some((w, i) => i > k && (w.cls & ROLE_HEAD) !== 0);

/**
 * "the Minister for Petroleum Resources", "the UN High Commissioner for Refugees": after a title and its "for"/"of", words ending in a
 * plural, of which none is a given name, a known name or a word the article names alone, are the
 * title's portfolio, no person's name ("Minister for Europe" keeps the place, "Minister for Trade Ana Ruiz" the person).
 */
export function namesPortfolio(words: Token[], k: number, evidence: Evidence): boolean {
  if (k < 1 || !(words[k - 1]!.cls & ROLE_HEAD) || !PORTFOLIO_LINKS.has(words[k]!.text)) return false;
  const rest = words.slice(k + 1);
  // A portfolio ends in a plural noun ("Resources", "Affairs", "Works"); a constituency ("MP for Kelmor Central") does not.
  // "High Commissioner for Refugees": an international office's portfolio may be one word.
  return (rest.length >= 2 || (rest.length === 1 && OFFICE_PORTFOLIOS.has(rest[0]!.lower))) && rest[rest.length - 1]!.lower.endsWith('s') && !evidence.known(keyOf(rest.map((w) => w.lower))) && rest.every((w) => !(w.cls & GIVEN_NAME) && !evidence.single(w.lower));
}

/** Lower-case heads of a government department named by its portfolio ("defence ministry"). */
export const MINISTRY_HEADS: ReadonlySet<string> = new Set(['ministry', 'department']);
