/** Counts a speaker's noun owns inside a noun phrase ("an early police estimate of 35"); separate because the phrase, not a verb, says whose the count is. */
import { type AttributionContext, type Element, possessed, punctuatedBetween } from './context';
import type { Agent } from './figure-owners';
import { reporter } from './unnamed-reporters';
import { isSpeakerNoun } from './words';
import { BARE_ARTICLES } from '../lexicon';

/**
 * "The figure was a jump from an initial army estimate of 12 dead": a speaker's noun the text names no one by, right before a
 * noun of a tally, "of" and the figure at els[at], with an article (and words of when it was made) before it, gives the
 * figure to that speaker. An agent of those words, or null. Why: no verb reports the figure, and it went to no one.
 * Not "the official count of 52" (a tally no one is named for), nor a noun that names no speaker ("the death toll of 20").
 */
export function speakerTallyOwner(ctx: AttributionContext, els: Element[], at: number, until: number): Agent | null {
  if (els[at - 1]?.lower !== 'of' || !SPEAKER_TALLIES.has(els[at - 2]?.lower)) return null;
  const owner = els[at - 3];
  // "the analysts estimate of 670": a plural before the tally reads as a verb's subject or a possessive with no mark; only a noun used as a modifier ("police", "army") names its owner.
  if (owner?.lower === undefined || owner.lower === 'official' || owner.lower.endsWith('s') || !isSpeakerNoun(owner.lower) || punctuatedBetween(ctx, owner.start, els[at]!.start)) return null;
  let first = at - 4;
  while (first > at - 4 - TALLY_TIME_WORDS && TALLY_TIMES.has(els[first]?.lower)) first--;
  const article = els[first];
  // "his office's figure of 769": whose the tally is, the possessive says; the speaker's noun is no owner of its own.
  return article?.lower !== undefined && BARE_ARTICLES.has(article.lower) && !possessed(ctx, owner) && !punctuatedBetween(ctx, article.end, owner.start) ? { entity: null, reporter: reporter(ctx, els, at - 3, at - 3, until) } : null;
}

/** Nouns of a tally a speaker makes ("a police estimate of 20", "the hospital count of 31"). */
const SPEAKER_TALLIES: ReadonlySet<string | undefined> = new Set(['estimate', 'count', 'tally', 'toll', 'figure']);
/** Words of when the tally was made ("an initial police estimate", "an updated list"). */
export const TALLY_TIMES: ReadonlySet<string | undefined> = new Set(['initial', 'early', 'earlier', 'first', 'preliminary', 'previous', 'latest', 'new', 'updated', 'revised']);
const TALLY_TIME_WORDS = 2;
