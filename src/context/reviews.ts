import { nameKey } from '../cache/normalize';
import type { Knowledge } from '../cache/knowledge';
import type { Change, Claim } from '../extract/types';
import type { PackClaim } from '../packs/format';
import type { SourceMatch } from './sources';
import { agree } from './figures-agree';
import { contentWords, sharedWords, spanOfWords } from './similarity';
import type { ReviewInfo } from './types';

const THRESHOLD = 0.5;

interface Claimant {
  entityId: string | null;
  /** Name keys the claimant goes by: the article's forms and, when matched, the entity's aliases. */
  keys: Set<string>;
}

function claimantsByName(matches: SourceMatch[]): Map<string, Claimant> {
  return new Map(
    matches.map(({ mention, entity }) => [
      mention.name,
      {
        entityId: entity?.id ?? null,
        keys: new Set([mention.name, ...mention.forms, ...(entity ? [entity.name, ...entity.aliases] : [])].map(nameKey).filter(Boolean)),
      },
    ]),
  );
}

/** "rose 5%" and "fell 5%" do not agree; a figure whose direction is not stated agrees with either. */
const opposite = (a: Change | null | undefined, b: Change | null | undefined): boolean => !!a && !!b && a !== b;

/**
 * Scores a fact-checked claim against an article claim: text overlap (0.7), plus agreement on a
 * figure (0.15) and on who made the claim (0.15). A number or a name alone never makes a match.
 */
function score(claim: Claim, claimWords: ReadonlySet<string>, checked: PackClaim, checkedWords: ReadonlySet<string>, claimant: Claimant | undefined) {
  const { words, overlap } = sharedWords(claimWords, checkedWords);
  let s = overlap * 0.7;
  if (checked.figures.some((f) => claim.figures.some((g) => agree(f, g) && !opposite(f.change, g.change)))) s += 0.15;
  const sameClaimant =
    claimant &&
    ((claimant.entityId !== null && checked.entityIds.includes(claimant.entityId)) ||
      (checked.claimant !== undefined && claimant.keys.has(nameKey(checked.claimant))));
  if (sameClaimant) s += 0.15;
  return { s: Math.min(1, s), words };
}

/** Fact-checks that match each claim, best first, each with its score and the article span that matched. */
export async function reviewClaims(claims: Claim[], matches: SourceMatch[], knowledge: Knowledge): Promise<ReviewInfo[][]> {
  const claimants = claimantsByName(matches);
  const entityIds = [...new Set(matches.flatMap((m) => (m.entity ? [m.entity.id] : [])))];
  const attributed = [...new Set(claims.flatMap((c) => (c.attributedTo ? [...(claimants.get(c.attributedTo)?.keys ?? [nameKey(c.attributedTo)])] : [])))];
  const [byEntity, byClaimant] = await Promise.all([knowledge.claimsForEntities(entityIds), knowledge.claimsForClaimants(attributed)]);
  const candidates = [...new Map([...byEntity, ...byClaimant].map((c) => [c.id, c])).values()];
  // Each text's words once, not once for every pair of claim and fact-check.
  const candidateWords = candidates.map((c) => contentWords(c.text));
  return claims.map((claim) => {
    const claimant = claim.attributedTo ? claimants.get(claim.attributedTo) : undefined;
    const claimWords = candidates.length ? contentWords(claim.text) : new Set<string>();
    return candidates
      .map((c, i) => ({ c, ...score(claim, claimWords, c, candidateWords[i]!, claimant) }))
      .filter(({ s }) => s >= THRESHOLD)
      .sort((a, b) => b.s - a.s)
      .flatMap(({ c, s, words }) => {
        const local = spanOfWords(claim.text, words);
        const span = local ? { start: claim.span.start + local.start, end: claim.span.start + local.end } : claim.span;
        return c.reviews.map((r) => ({
          publisher: r.publisher,
          rating: r.ratingText,
          verdict: r.verdict,
          url: r.url,
          date: r.date,
          claimText: c.text,
          score: Math.round(s * 100) / 100,
          span,
          matched: local ? claim.text.slice(local.start, local.end) : claim.text,
        }));
      });
  });
}
