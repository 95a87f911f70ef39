import type { Knowledge } from '../cache/knowledge';
import type { Story } from '../packs/format';
import { foldForSearch } from './similarity';

const MIN_SHARE = 0.5;
const MIN_KEYWORDS = 2;
// Keywords are words or short phrases ("peace prize"); longer runs of the text cannot equal one.
const MAX_KEYWORD_WORDS = 4;

/** How many times a folded phrase occurs in folded text, not counting where it tells only someone's home (homeOnly). */
function occurrences(folded: string, phrase: string): number {
  let n = 0;
  for (let i = folded.indexOf(phrase); i >= 0; i = folded.indexOf(phrase, i + phrase.length - 1)) if (!homeOnly(folded, i, phrase)) n++;
  return n;
}

/**
 * "a blogger based in Varn", "a Varn-based monitor": the place is where a speaker works, told in passing, not where the
 * article's event happens; counted, it would match a mall fire in Ostra to the story of a war in Varn.
 */
function homeOnly(folded: string, at: number, phrase: string): boolean {
  return (at >= BASED_IN.length && folded.startsWith(BASED_IN, at - BASED_IN.length)) || folded.startsWith('based ', at + phrase.length);
}

const BASED_IN = ' based in';

/**
 * Every run of 1..MAX_KEYWORD_WORDS words of the text (given folded, foldForSearch), as name keys: what a story keyword can
 * equal. Folded words are one space apart, so each run is a slice of the folded text, not a string built word by word.
 */
function phraseKeys(folded: string): string[] {
  const starts: number[] = [];
  for (let at = 1; at < folded.length - 1; at = folded.indexOf(' ', at) + 1) starts.push(at);
  const keys = new Set<string>();
  for (let i = 0; i < starts.length; i++) {
    for (let n = 1; n <= MAX_KEYWORD_WORDS && i + n <= starts.length; n++) keys.add(folded.slice(starts[i]!, (starts[i + n] ?? folded.length) - 1));
  }
  return [...keys];
}

/**
 * The cached story an article is about. Candidates come from the stories' keyword index; a story
 * qualifies when at least half of its keywords (and at least two) occur in the text; of those, the
 * one whose keywords occur most often wins, so an article about the Chechnya purge that mentions the
 * G20 once in passing stays on its own story. Dates break no ties: coverage of an old story can be
 * recent.
 */
export async function findStory(text: string, knowledge: Knowledge): Promise<Story | null> {
  // The text is folded once, for the index's keys and for counting: it is the longest string keyed here.
  const folded = foldForSearch(text);
  let best: { story: Story; weight: number } | null = null;
  for (const story of await knowledge.storiesWithKeywords(phraseKeys(folded))) {
    const counts = story.keywords.map((k) => occurrences(folded, foldForSearch(k)));
    const hits = counts.filter((c) => c > 0).length;
    const weight = counts.reduce((a, b) => a + b, 0);
    const qualifies = hits >= Math.min(MIN_KEYWORDS, story.keywords.length) && hits / story.keywords.length >= MIN_SHARE;
    if (qualifies && (!best || weight > best.weight)) best = { story, weight };
  }
  return best?.story ?? null;
}
