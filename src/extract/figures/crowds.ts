/** Whether a figure the words "marched", "turned out" or "a crowd of" name counts a crowd; separate because ABOUT_RE reads the words, not the count. */
import type { Range } from '../sentences';
import { lastWord } from '../scan';
import { hasAsciiWord } from '../chars';
import type { Figure } from '../types';
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
  if (unit !== null && countsMarchers(lastWord(unit).toLowerCase())) return true;
  const words = text.slice(sentence.start, Math.min(sentence.end, sentence.start + MAX_SENTENCE));
  return !VOTE.test(words);
}
/**
 * "the polling firm Varnstat said it counted only 90,000 protesters": people counted as marchers or protesters (a noun both of a
 * crowd and of a people's group) are no voters, whatever words of a vote or a pollster the sentence holds.
 */
const countsMarchers = (head: string): boolean => CROWD_NOUNS.has(head) && PEOPLE_GROUPS.has(head);
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
/**
 * Words of an election or a vote in the sentence: its turnout is of voters. Not a pollster named as who counts ("the polling
 * firm Varnstat put the crowd at 30,000"): that says who counts, not what.
 */
const VOTE = /\b(?:votes?|voters?|voted|voting|ballots?|elections?|electoral|polls|polling(?! (?:firms?|compan(?:y|ies)|agenc(?:y|ies)|institutes?|groups?)\b)|referendum|electorate)\b/i;

/**
 * The event of a count told as a crowd's by the words around it, which name no event of ABOUT_RE (figures.ts asks it last, when
 * nothing else gave the count an event): a rival count after a crowd's (rivalOfCrowd), a tally of a demo's numbers
 * (talliesDemo), or participants of a march (attendsDemo). `previous` is the figure before in the sentence, or undefined.
 */
export function crowdOfWords(text: string, sents: readonly Range[], si: number, previous: Figure | undefined, phraseStart: number, unit: string | null): string | null {
  if (unit !== null && !CROWD_NOUNS.has(lastWord(unit).toLowerCase())) return null;
  return rivalOfCrowd(text, previous, phraseStart) || talliesDemo(text, sents[si]!, phraseStart) || attendsDemo(text, sents, si, unit) ? 'crowd' : null;
}
/**
 * "Organisers said 8,000 people attended, while police counted only 3,000 people", "claimed 60,000 marchers -- whereas the
 * prefecture counted 9,000": a count another source gives in a clause set against a crowd's count of the sentence is that
 * crowd's rival count, whatever noun it takes; so is one set "versus" it ("an estimated 20,000 versus the 70,000 the union gave").
 */
function rivalOfCrowd(text: string, previous: Figure | undefined, phraseStart: number): boolean {
  if (previous?.about !== 'crowd' || previous.change !== null || phraseStart - previous.span.end > RIVAL_REACH) return false;
  return RIVAL_OF_CROWD.test(text.slice(previous.span.end, phraseStart));
}
const RIVAL_REACH = 120;
/** The crowd's clause, ", while" (or "whereas", "but", a dash), the rival's subject and its verb of counting; or "versus (the)". */
const RIVAL_OF_CROWD =
  /^(?:[^.;:!?\d]{0,60}?(?:,|\s?[—–]|\s--)\s*(?:while|whilst|whereas|but)\s+[^.;:!?\d,]{1,50}?\s(?:counted|estimated|reported|gave|put it at|put the (?:figure|number|total|count|crowd|turnout) at)|[^.;:!?\d]{0,40}?\s(?:versus|vs\.?|against)(?:\s+the)?)\s+(?:(?:just|only|a mere|merely|barely)\s+)?$/i;
/**
 * "police put the marchers' numbers at only 20,000", "the institute gave a count of 38,500" in a sentence of a demo, "the numbers of
 * protesters … swelled past 10,000": a tally of numbers, told in a sentence that names a march, rally, protest or strike, counts its
 * crowd (not "put its numbers at 40 new branches" of a bank: no demo named).
 */
function talliesDemo(text: string, sentence: Range, phraseStart: number): boolean {
  const before = text.slice(Math.max(sentence.start, phraseStart - TALLY_REACH), phraseStart);
  if (!hasAsciiWord(before, 'number') && !hasAsciiWord(before, 'count of') && !hasAsciiWord(before, 'tally of')) return false;
  return DEMO_TALLY.test(before) && DEMO.test(text.slice(sentence.start, Math.min(sentence.end, sentence.start + MAX_SENTENCE)));
}
const TALLY_REACH = 160;
const DEMO_TALLY =
  /(?:\b(?:put|puts|putting|placed|places)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,2}numbers?\s+at|\b(?:gave|give|gives|giving)\s+(?:a|an|its|their|his|her)\s+(?:[\p{L}-]+\s+)?(?:count|tally|headcount)\s+of|\bnumbers?\s+of\s+[^.;:!?\d]{1,120}?\s(?:swelled|grew|rose|reached|topped|climbed|passed|hit)(?:\s+to)?(?:\s+well)?(?:\s+(?:past|beyond|over|above))?)\s+(?:(?:just|only|a mere|merely|barely|some)\s+)?$/iu;
/**
 * A march, rally, protest, strike or their people named in a sentence (not the month "March": the noun is in lower case but for
 * its own sentence's first word).
 */
const DEMO = /\b(?:[Dd]emos?|[Dd]emonstrat(?:ions?|ors)|[Pp]rotest(?:s|ers|ors)?|[Mm]arch(?:es|ers)|march|[Rr]all(?:y|ies)|[Ss]trikes?|[Vv]igils?|[Ss]it-ins?|[Gg]atherings?)\b/;
/**
 * "claimed a million participants", "some 15,000 attendees" where the sentence or the one before names the march: people who
 * attend are its crowd (not "the study's 900 participants", "300 attendees of the trade fair": no demo named).
 */
function attendsDemo(text: string, sents: readonly Range[], si: number, unit: string | null): boolean {
  const head = unit === null ? '' : lastWord(unit).toLowerCase();
  if (head !== 'participants' && head !== 'attendees') return false;
  const sentence = sents[si]!;
  const from = Math.max(sents[si - 1]?.start ?? sentence.start, sentence.start - MAX_SENTENCE);
  return DEMO.test(text.slice(from, Math.min(sentence.end, sentence.start + MAX_SENTENCE)));
}

/**
 * "For the dockers' march two years ago, police counted 20,000 protesters against the 90,000 the union gave": a crowd of a march
 * months or years before, told in the words that open the count's sentence. Unlike a toll of another event (figures/parts.ts),
 * it stays a crowd: two sides still count it apart, and the rows keep it apart from the story's own march
 * (context/crowd-scopes.ts). Not "since … ago", a time running up to now, nor a time told later in the sentence ("the unions, which
 * called the strike two weeks ago, claimed 40,000"). `lead` is the sentence up to the count.
 */
export function earlierCrowd(lead: string): boolean {
  return (hasAsciiWord(lead, ' ago') || hasAsciiWord(lead, 'last ')) && EARLIER_LEAD.test(lead) && !hasAsciiWord(lead, 'since ');
}
/** The time in the sentence's opening words, before its first comma: "Two years ago, …", "At last year's march, …". */
const EARLIER_LEAD = /^\s*[^,;:—–]{0,80}?(?:\b(?:(?:[\p{L}\d]+ )?(?:years|months|weeks)|a (?:year|month|week|decade)|decades) ago\b|\blast (?:year|month|week)\b)/iu;
