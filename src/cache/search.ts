import type { BackstoryDB, ClaimRow, EntityRow, ReportRow } from './db';
import { nameKey } from './normalize';

export interface SearchResults {
  query: string;
  entities: Pick<EntityRow, 'id' | 'name' | 'kind' | 'description' | 'source'>[];
  claims: (Pick<ClaimRow, 'id' | 'text' | 'claimant'> & { verdict: string; publisher: string; url: string })[];
  reports: (Pick<ReportRow, 'id' | 'title' | 'url' | 'publishedAt'> & { outletName: string })[];
  total: number;
}

const CANDIDATES = 300;

/** Every query word must start some word of the record; the last one may still be being typed. */
function matchesAll(words: string[], terms: string[]): boolean {
  return terms.every((t) => words.some((w) => w.startsWith(t)));
}

/** Lower is better: exact name first, then names starting with the query, then any word match. */
function rank(name: string, query: string): number {
  const key = nameKey(name);
  if (key === query) return 0;
  if (key.startsWith(query)) return 1;
  return 2;
}

/** Prefix search over entities, fact-checks and reports, grouped by type and ranked. */
export async function searchCache(db: BackstoryDB, rawQuery: string, limit = 8): Promise<SearchResults> {
  const query = nameKey(rawQuery);
  const terms = query.split(' ').filter(Boolean);
  const empty: SearchResults = { query: rawQuery, entities: [], claims: [], reports: [], total: 0 };
  if (!terms.length) return empty;
  // The longest term narrows the index scan most; the others filter in memory.
  const probe = terms.reduce((a, b) => (b.length > a.length ? b : a));
  const [entities, claims, reports] = await db.transaction('r', db.entities, db.claims, db.reports, db.packs, () =>
    Promise.all([
      db.entities.where('words').startsWith(probe).distinct().limit(CANDIDATES).toArray(),
      db.claims.where('words').startsWith(probe).distinct().limit(CANDIDATES).toArray(),
      db.reports.where('words').startsWith(probe).distinct().limit(CANDIDATES).toArray(),
    ]),
  );
  const hitEntities = entities
    .filter((e) => matchesAll(e.words, terms))
    .sort((a, b) => rank(a.name, query) - rank(b.name, query) || a.name.length - b.name.length);
  const hitClaims = claims.filter((c) => matchesAll(c.words, terms));
  const hitReports = reports
    .filter((r) => matchesAll(r.words, terms))
    .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt));
  const outlets = await db.entities.bulkGet([...new Set(hitReports.slice(0, limit).map((r) => r.outlet))]);
  const outletName = new Map(outlets.flatMap((o) => (o ? [[o.id, o.name] as const] : [])));
  return {
    query: rawQuery,
    entities: hitEntities.slice(0, limit).map(({ id, name, kind, description, source }) => ({ id, name, kind, description, source })),
    claims: hitClaims.slice(0, limit).map((c) => ({
      id: c.id,
      text: c.text,
      claimant: c.claimant,
      verdict: c.reviews[0]!.ratingText,
      publisher: c.reviews[0]!.publisher,
      url: c.reviews[0]!.url,
    })),
    reports: hitReports.slice(0, limit).map((r) => ({
      id: r.id,
      title: r.title,
      url: r.url,
      publishedAt: r.publishedAt,
      outletName: outletName.get(r.outlet) ?? r.outlet,
    })),
    total: hitEntities.length + hitClaims.length + hitReports.length,
  };
}
