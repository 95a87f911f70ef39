import { nameKey } from '../../cache/normalize';
import { ClaimSchema, ReviewSchema, type Pack, type PackClaim, type Review } from '../format';
import { checkRecord, finishPack, ImportError, isObject, isoDay, plain, stableHash, type Json, type PackOptions } from './common';
import { normaliseVerdict } from './verdict';

/** One review as read from any of the three input shapes, before grouping by claim. */
interface ReadReview {
  where: string;
  claim: string;
  claimant: string | null;
  claimDate: string | null;
  review: Review;
}

const hasType = (o: Json, type: string) => (Array.isArray(o['@type']) ? o['@type'].includes(type) : o['@type'] === type);
const nameOf = (x: unknown) => (isObject(x) ? plain(x.name) : plain(x));
const first = (x: unknown) => (Array.isArray(x) ? x[0] : x);

function need<T>(value: T | null | undefined, where: string, field: string): T {
  if (value === null || value === undefined) throw new ImportError(`${where}: ${field} is missing or empty`);
  return value;
}

function numericRating(rating: Json) {
  const n = (x: unknown) => (typeof x === 'number' ? x : typeof x === 'string' && x.trim() !== '' ? Number(x) : NaN);
  const [value, best, worst] = [n(rating.ratingValue), n(rating.bestRating), n(rating.worstRating)];
  return [value, best, worst].every(Number.isFinite) ? { value, best, worst } : undefined;
}

/** A schema.org ClaimReview object (JSON-LD, or an item of a Data Commons feed). */
function fromClaimReview(o: Json, where: string): ReadReview {
  const url = need(plain(o.url), where, 'url');
  const at = `${where} (${url})`;
  const item = isObject(first(o.itemReviewed)) ? (first(o.itemReviewed) as Json) : {};
  const rating = isObject(first(o.reviewRating)) ? (first(o.reviewRating) as Json) : {};
  const ratingText = need(plain(rating.alternateName) ?? plain(rating.name), at, 'reviewRating.alternateName');
  const review = checkRecord(
    ReviewSchema,
    {
      publisher: need(nameOf(first(o.author)) ?? nameOf(first(o.publisher)), at, 'author.name'),
      url,
      date: need(isoDay(o.datePublished), at, 'datePublished'),
      ratingText,
      verdict: normaliseVerdict(ratingText, numericRating(rating)),
    },
    at,
  );
  return {
    where: at,
    claim: need(plain(o.claimReviewed), at, 'claimReviewed'),
    claimant: nameOf(first(item.author)),
    claimDate: isoDay(item.datePublished),
    review,
  };
}

/** The Google Fact Check Tools API response: claims[] each with claimReview[]. */
function fromFactCheckApi(claims: unknown[]): ReadReview[] {
  return claims.flatMap((c, i) => {
    const where = `claims[${i}]`;
    if (!isObject(c)) throw new ImportError(`${where}: must be an object`);
    const text = need(plain(c.text), where, 'text');
    if (!Array.isArray(c.claimReview) || !c.claimReview.length) throw new ImportError(`${where}: claimReview must be a non-empty array`);
    return c.claimReview.map((r, j) => {
      const rw = `${where}.claimReview[${j}]`;
      if (!isObject(r)) throw new ImportError(`${rw}: must be an object`);
      const url = need(plain(r.url), rw, 'url');
      const at = `${rw} (${url})`;
      const ratingText = need(plain(r.textualRating), at, 'textualRating');
      const publisher = isObject(r.publisher) ? (plain(r.publisher.name) ?? plain(r.publisher.site)) : null;
      const review = checkRecord(
        ReviewSchema,
        { publisher: need(publisher, at, 'publisher.name'), url, date: need(isoDay(r.reviewDate), at, 'reviewDate'), ratingText, verdict: normaliseVerdict(ratingText) },
        at,
      );
      return { where: at, claim: text, claimant: plain(c.claimant), claimDate: isoDay(c.claimDate), review };
    });
  });
}

/** Every ClaimReview in a JSON-LD document: a single object, an array, a @graph, or a DataFeed. */
function readReviews(doc: unknown): ReadReview[] {
  if (isObject(doc) && Array.isArray(doc.claims)) return fromFactCheckApi(doc.claims);
  const out: ReadReview[] = [];
  // inGraph: a @graph also describes the page, its author and so on; only those nodes are skipped.
  const visit = (node: unknown, where: string, inGraph = false): void => {
    if (Array.isArray(node)) return node.forEach((n, i) => visit(n, `${where}[${i}]`, inGraph));
    if (!isObject(node)) throw new ImportError(`${where}: must be an object`);
    if (hasType(node, 'ClaimReview')) out.push(fromClaimReview(node, where));
    else if (Array.isArray(node['@graph'])) visit(node['@graph'], `${where}.@graph`, true);
    else if (hasType(node, 'DataFeed')) visit(node.dataFeedElement ?? [], `${where}.dataFeedElement`);
    else if (hasType(node, 'DataFeedItem')) visit(node.item ?? [], `${where}.item`);
    else if (!inGraph) throw new ImportError(`${where}: not a ClaimReview, @graph, DataFeed or DataFeedItem (@type ${JSON.stringify(node['@type'] ?? null)})`);
  };
  visit(doc, 'input');
  if (!out.length) throw new ImportError('input: no ClaimReview found');
  return out;
}

/**
 * Reviews of the same claim by the same claimant become one claim with several reviews; the claim id
 * is a hash of its normalised text, so re-importing a feed gives the same ids.
 */
function groupClaims(reviews: ReadReview[]): PackClaim[] {
  const claims = new Map<string, PackClaim>();
  for (const r of reviews) {
    const key = `${nameKey(r.claim)}|${r.claimant ? nameKey(r.claimant) : ''}`;
    const existing = claims.get(key);
    if (existing) {
      if (!existing.reviews.some((x) => x.url === r.review.url)) existing.reviews.push(r.review);
      continue;
    }
    const claim = { id: `claim:${stableHash(key)}`, text: r.claim, ...(r.claimant ? { claimant: r.claimant } : {}), ...(r.claimDate ? { date: r.claimDate } : {}), reviews: [r.review] };
    claims.set(key, checkRecord(ClaimSchema, claim, r.where));
  }
  return [...claims.values()];
}

export const claimReviewDefaults: PackOptions = {
  id: 'claimreview-import',
  name: 'Imported fact-checks',
  license: 'Each review belongs to its publisher; see the review URLs',
  publisher: 'backstory pack import-claimreview',
};

/** A pack of fact-checks from ClaimReview JSON-LD, a Fact Check Tools API response or a Data Commons feed. */
export function importClaimReview(doc: unknown, options: PackOptions = claimReviewDefaults): Pack {
  return finishPack(options, { claims: groupClaims(readReviews(doc)) });
}
