import type { PageContext, SourceCard } from './types';

/** The sources that get a card, and the names only listed on one line below them. */
export interface SourceGroups {
  cards: SourceCard[];
  alsoNamed: SourceCard[];
}

/**
 * A name of no known kind ("other") or an event ("Tropical Storm Ostra", a summit, a festival) that the
 * packs do not know, that no claim is attributed to and that the article gives no role is only named,
 * not cited: a card saying "not in your packs" for each such name (a team, a product, a storm) would
 * bury the sources the article relies on. An event the packs know keeps its card: it says what it was.
 */
export function groupSources(context: Pick<PageContext, 'sources' | 'claims'>): SourceGroups {
  const speakers = new Set(context.claims.map((c) => c.attributedTo));
  const cards: SourceCard[] = [];
  const alsoNamed: SourceCard[] = [];
  for (const s of context.sources) {
    const cited = (s.kind !== 'other' && s.kind !== 'event') || s.entity !== null || s.role !== null || speakers.has(s.name);
    (cited ? cards : alsoNamed).push(s);
  }
  return { cards, alsoNamed };
}
