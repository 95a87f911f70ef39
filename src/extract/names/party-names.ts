/** Party names that run across "and" ("the Law and Justice party"), which a run otherwise splits into two names. */

import { BARE_ARTICLES } from '../lexicon';
import { isPluralNoun } from './name-joins';
import { isAcronym, type Token } from '../tokens';
import { DEMONYM, GIVEN_NAME, REPORTING_VERB, VERB_FILLER } from '../wordclass';

/** Lower-case nouns a party's name is written before. */
const PARTY_NOUNS: ReadonlySet<string> = new Set(['party', 'movement']);

/**
 * "the ruling Law and Justice party": two words joined by "and" right before a lower-case "party" or
 * "movement" name one party, which the article may write again without the noun ("Law and Justice
 * leader Ana Ruiz"). Not two parties sharing the noun, where a plural follows it ("the Labour and
 * Kelmor party leaders"), nor a person's or a people's words ("Ana and Varn", "Kurdish and Arab").
 * The party's words of the run (a sentence's opening "The" is none of them), or null. `noun` and
 * `next` are the two tokens after the run.
 */
export function partyName(run: readonly Token[], noun: Token | undefined, next: Token | undefined): readonly Token[] | null {
  const words = run.length === 4 && BARE_ARTICLES.has(run[0]!.lower) ? run.slice(1) : run;
  if (words.length !== 3 || words[1]!.text !== 'and' || noun === undefined || noun.capitalised || !PARTY_NOUNS.has(noun.lower) || noun.start !== words[2]!.end + 1) return null;
  if (next !== undefined && !next.capitalised && !(next.cls & (REPORTING_VERB | VERB_FILLER)) && isPluralNoun(next)) return null;
  return [words[0]!, words[2]!].every((w) => !isAcronym(w.text) && !(w.cls & (GIVEN_NAME | DEMONYM))) ? words : null;
}
