import type { ClaimCard, CorrectionCard, SourceCard } from '../../context/types';
import type { Figure } from '../../extract/types';

/**
 * Names shared by a sidebar card and its highlights in the article, so that a click on either side
 * can find the other. Spans are unique per article text, so their start offsets identify claims.
 */
export const cardId = {
  source: (s: Pick<SourceCard, 'name'>) => `source:${s.name}`,
  claim: (c: Pick<ClaimCard, 'span'>) => `claim:${c.span.start}`,
  figure: (f: Pick<Figure, 'span'>) => `figure:${f.span.start}`,
  correction: (c: Pick<CorrectionCard, 'span' | 'text'>) => `correction:${c.span?.start ?? c.text}`,
};

/** The highlight style a card's mentions get in the article. */
export function markKind(id: string): 'source' | 'claim' | 'correction' {
  if (id.startsWith('source:')) return 'source';
  if (id.startsWith('correction:')) return 'correction';
  return 'claim';
}
