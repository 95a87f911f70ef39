/** Company names that run across "in" or "of" ("the phone maker Kelmor in Motion"), once a noun of a company has named them. */

import { COMPANY_NOUNS } from '../lexicon';
import { keyOf } from './occurrence';
import { isConnector, type Token } from '../tokens';

/** Where the run ends in a company's name that `companies` holds, whole or after a connector ("Shares of Kelmor in Motion"); else -1. */
export function companyTail(run: Token[], companies: ReadonlySet<string>): number {
  if (!companies.size || run.length < 3) return -1;
  for (let k = 0; k + 2 < run.length; k++) {
    if ((k === 0 || isConnector(run[k - 1]!)) && companies.has(keyOf(run.slice(k).map((t) => t.text)))) return k;
  }
  return -1;
}

/**
 * "the phone maker Kelmor in Motion": right after a noun of a company, capitalised words joined by a
 * lower-case "in" or "of" are that company's one name, not a name and a place.
 */
export function companyNamed(tokens: readonly Token[], opening: number, run: Token[]): boolean {
  const noun = tokens[opening - 1];
  if (!noun || noun.capitalised || !COMPANY_NOUNS.has(noun.lower) || noun.end + 1 !== run[0]!.start) return false;
  return run.every((t, k) => (k % 2 === 0 ? t.capitalised : t.text === 'in' || t.text === 'of'));
}
