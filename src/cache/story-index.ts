import type { StoryRow } from './db';
import { perPackMemory } from './per-pack-memory';

/**
 * A pack's stories, one row per pack, kept in memory by keyword key. An article is matched to stories
 * by every run of up to four of its words (over a thousand keys): looked up in memory, not as that
 * many steps of an IndexedDB cursor, and without reading story rows behind the context's other
 * lookups. Stories are few and small (thousands, not hundreds of thousands), so they are held whole.
 */
export interface StoryIndexRow {
  packId: string;
  stories: StoryRow[];
}

function storiesByKeyword({ stories }: StoryIndexRow): Map<string, StoryRow[]> {
  const map = new Map<string, StoryRow[]>();
  for (const story of stories) {
    for (const key of story.keywordKeys) {
      const list = map.get(key);
      if (list) list.push(story);
      else map.set(key, [story]);
    }
  }
  return map;
}

/** Each installed pack's stories by keyword key. */
export const loadedStoryIndexes = perPackMemory('storyIndex', storiesByKeyword);
