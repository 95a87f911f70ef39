/** Whether a figure the words "marched", "turned out" or "a crowd of" name counts a crowd; separate because ABOUT_RE reads the words, not the count. */
import type { Range } from '../sentences';
import { lastWord } from '../scan';
import { MAX_SENTENCE } from './parts';
import { PEOPLE_NOUNS } from './units';
import { CROWD_NOUNS, PEOPLE_GROUPS, PERSON_NOUNS } from '../lexicon';

/**
 * "9,000 demonstrators turned out", "a turnout of 12,000", "some 5,000 attended": a crowd is counted in people, or
 * with no noun. Not a share or an amount ("turnout was 61 percent", "shares rallied 3%", "the index rallied 40 points"), and not
 * an election's voters ("410,000 voters turned out", "turnout in the vote reached 2.1 million"): a poll's turnout is no crowd two
 * sides count apart.
 */
export function countsCrowd(text: string, sentence: Range, unit: string | null): boolean {
  if (unit !== null && !countsPeople(lastWord(unit).toLowerCase())) return false;
  const words = text.slice(sentence.start, Math.min(sentence.end, sentence.start + MAX_SENTENCE));
  return !VOTE.test(words);
}
/**
 * Who a crowd is counted as: the whole crowd (CROWD_NOUNS), people, by what they do there or by their trade ("nurses",
 * "farmers": PERSON_NOUNS in the plural), or by age, side, faith or standing (CROWD_MEMBERS).
 */
const countsPeople = (head: string): boolean =>
  CROWD_NOUNS.has(head) || CROWD_MEMBERS.has(head) || PEOPLE_NOUNS.has(head) || PEOPLE_GROUPS.has(head) || (head.endsWith('s') && PERSON_NOUNS.has(head.slice(0, -1)));
/**
 * "5,000 youths", "20,000 supporters", "thousands of mourners": people of a crowd named for who they are, not as the crowd
 * itself; they count a crowd, though rows keep their count apart from the whole crowd's (it may be a part of it).
 */
const CROWD_MEMBERS = new Set('youths supporters citizens pensioners mourners worshippers fans'.split(' '));
/** Words of an election or a vote in the sentence: its turnout is of voters. */
const VOTE = /\b(?:votes?|voters?|voted|voting|ballots?|elections?|electoral|polls|polling|referendum|electorate)\b/i;
