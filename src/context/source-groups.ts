import type { PageContext, SourceCard } from './types';

/** The sources that get a card, and the names only listed on one line below them. */
export interface SourceGroups {
  cards: SourceCard[];
  alsoNamed: SourceCard[];
}

/**
 * A card for every name the article cites or the packs know; the names it only mentions (a team, a
 * storm, a party, a hospital) are listed on one line, so they do not bury the sources it relies on.
 */
export function groupSources(context: Pick<PageContext, 'sources'>): SourceGroups {
  const cards: SourceCard[] = [];
  const alsoNamed: SourceCard[] = [];
  for (const s of context.sources) (s.cited ? cards : alsoNamed).push(s);
  return { cards, alsoNamed };
}
