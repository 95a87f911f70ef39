/** A channel's code after the word for television ("national TV M1", "state TV K2"): the code is the outlet's name, the word its noun. */

import { isAcronym, type Token } from '../tokens';
import { GENERIC_ACRONYM, OUTLET_WORD } from '../wordclass';

/**
 * How many words open `run` as the noun of the channel it names: 1 for "TV" before one code of
 * capitals or with a digit ("M1", "RTL"), after a lower-case word ("national TV M1"); else 0. The
 * word is generic ("TV" alone names nothing) and an outlet's, so the code is the name.
 */
export function channelNounLength(run: readonly Token[], before: Token | undefined): number {
  if (run.length !== 2 || before === undefined || before.capitalised) return 0;
  const [noun, code] = run as [Token, Token];
  return isChannelNoun(noun.cls) && isChannelCode(code.text) ? 1 : 0;
}

/** The class of a generic word for an outlet's medium ("TV"), which names no outlet alone. */
export const isChannelNoun = (cls: number): boolean => (cls & GENERIC_ACRONYM) !== 0 && (cls & OUTLET_WORD) !== 0;

/** A channel's code: capitals ("RTL") or letters with a digit ("M1"). */
export const isChannelCode = (form: string): boolean => isAcronym(form) || /\d/.test(form);
