import type { PageContext, SourceCard } from './types';

/** The sources that get a card, the known names the article only mentions, and the other names, listed on one line. */
export interface SourceGroups {
  cards: SourceCard[];
  known: SourceCard[];
  alsoNamed: SourceCard[];
}

/**
 * A card for every name the article cites. A name it only mentions (a party, an armed group, a president the story is
 * about) keeps a card below them where the packs know it, since the card says who it is, but is not counted as a source;
 * the names it only mentions that the packs do not know (a team, a storm, a hospital) are listed on one line, so they do
 * not bury the sources it relies on.
 */
export function groupSources(context: Pick<PageContext, 'sources'>): SourceGroups {
  const groups: SourceGroups = { cards: [], known: [], alsoNamed: [] };
  for (const s of context.sources) (s.cited ? groups.cards : s.entity ? groups.known : groups.alsoNamed).push(s);
  return groups;
}
