import type { Knowledge } from '../cache/knowledge';
import type { Claim } from '../extract/types';
import type { PackClaim } from '../packs/format';
import { overlap } from './similarity';
import type { ReviewInfo } from './types';

const THRESHOLD = 0.5;

/**
 * Scores a fact-checked claim against an article claim: text overlap, plus agreement on a figure
 * and on who made the claim. A number alone never makes a match.
 */
function score(claim: Claim, checked: PackClaim, claimantIds: Set<string>): number {
  let s = overlap(claim.text, checked.text) * 0.7;
  if (checked.figures.some((f) => claim.figures.some((g) => g.value === f.value))) s += 0.15;
  if (checked.entityIds.some((id) => claimantIds.has(id))) s += 0.15;
  return Math.min(1, s);
}

/** Fact-checks that match each claim, best first. */
export async function reviewClaims(
  claims: Claim[],
  entityIdByName: Map<string, string>,
  knowledge: Knowledge,
): Promise<ReviewInfo[][]> {
  const candidates = await knowledge.claimsForEntities([...new Set(entityIdByName.values())]);
  return claims.map((claim) => {
    const claimantId = claim.attributedTo ? entityIdByName.get(claim.attributedTo) : undefined;
    const ids = new Set(claimantId ? [claimantId] : []);
    return candidates
      .map((c) => ({ c, s: score(claim, c, ids) }))
      .filter(({ s }) => s >= THRESHOLD)
      .sort((a, b) => b.s - a.s)
      .flatMap(({ c, s }) =>
        c.reviews.map((r) => ({
          publisher: r.publisher,
          rating: r.ratingText,
          verdict: r.verdict,
          url: r.url,
          date: r.date,
          claimText: c.text,
          score: Math.round(s * 100) / 100,
        })),
      );
  });
}
