import type { Knowledge } from '../cache/knowledge';
import type { Story } from '../packs/format';
import { foldForSearch } from './similarity';

const MIN_SHARE = 0.5;
const MIN_KEYWORDS = 2;

/**
 * The cached story an article is about: the one with the largest share of its keywords in the
 * article text, if at least half of them (and at least two) occur. Dates break no ties: coverage of
 * an old story can be recent.
 */
export async function findStory(text: string, knowledge: Knowledge): Promise<Story | null> {
  const folded = foldForSearch(text);
  let best: { story: Story; share: number } | null = null;
  for (const story of await knowledge.stories()) {
    const hits = story.keywords.filter((k) => folded.includes(foldForSearch(k))).length;
    const share = hits / story.keywords.length;
    if (hits >= Math.min(MIN_KEYWORDS, story.keywords.length) && share >= MIN_SHARE && (!best || share > best.share)) {
      best = { story, share };
    }
  }
  return best?.story ?? null;
}
