/**
 * A place's public service named by two lower-case words after the place ("the Ostra fire department", "Varn's health
 * services") or a place's government of a level after its possessive ("Kelmor's state government"): the service is the
 * body that speaks, and the place is only whose it is, so the name runs on over the service's words.
 */

import { BODY_LEVELS } from '../lexicon';
import { joins, joinsAfterPossessive } from './name-joins';
import type { Token } from '../tokens';
import { FUNCTION, REPORTING_VERB, VERB_FILLER } from '../wordclass';

/** A service's first word and the heads it takes ("fire department", "civil defence"). */
const SERVICES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['fire', new Set(['department', 'service', 'services', 'brigade', 'brigades'])],
  ['health', new Set(['department', 'service', 'services', 'authorities', 'secretariat'])],
  ['civil', new Set(['defence', 'defense', 'protection'])],
  ['emergency', new Set(['services', 'service'])],
]);

/**
 * The index of the service's or the government's head after the name that ends at tokens[k - 1], or -1. The head must end
 * its phrase as bodyHeadAfter's does: "the Ostra fire service station" is a building.
 */
export function serviceHeadAfter(text: string, tokens: readonly Token[], k: number, to: number): number {
  if (k + 1 >= to) return -1;
  const owner = tokens[k - 1]!;
  const [first, head] = [tokens[k]!, tokens[k + 1]!];
  if (first.capitalised || head.capitalised || !joins(text, first, head)) return -1;
  const follows = owner.possessive ? joinsAfterPossessive(text, owner, first) : !owner.capitalised || joins(text, owner, first);
  if (!follows) return -1;
  // "Kelmor's state government": a government of a level is a place's, whatever place owns it.
  const government = owner.possessive && BODY_LEVELS.has(first.text) && head.text === 'government';
  if (!government && !SERVICES.get(first.text)?.has(head.text)) return -1;
  const next = tokens[k + 2];
  const compound = next !== undefined && k + 2 < to && text[head.end] === ' ' && next.start === head.end + 1 && !next.capitalised && !(next.cls & (FUNCTION | VERB_FILLER | REPORTING_VERB)) && !next.lower.endsWith('ed');
  return compound ? -1 : k + 1;
}

/**
 * A name's last words are a place's service or a level's government ("Ostra fire department", "Varn's state government").
 * A level's government in capitals names an area ("Obi Local Government area"), so only the lower-case one counts.
 */
export const endsWithPlaceService = (name: string, words: readonly string[]): boolean => {
  if (words.length <= 2) return false;
  const first = words[words.length - 2]!;
  const head = words[words.length - 1]!;
  return SERVICES.get(first)?.has(head) === true || (head === 'government' && BODY_LEVELS.has(first) && name.endsWith(`${first} government`));
};
