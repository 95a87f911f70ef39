import type { EntityTable } from 'dexie';
import type { BackstoryDB, ClaimRow, EntityRow, ReportRow } from './db';
import { allowedEdits, prefixDistance, probePrefixes } from './fuzzy';
import { nameKey } from './normalize';

export interface SearchResults {
  query: string;
  entities: Pick<EntityRow, 'id' | 'name' | 'kind' | 'description' | 'source'>[];
  claims: (Pick<ClaimRow, 'id' | 'text' | 'claimant'> & { verdict: string; publisher: string; url: string })[];
  reports: (Pick<ReportRow, 'id' | 'title' | 'url' | 'publishedAt'> & { outletName: string })[];
  total: number;
  /** Stored words the query's misspelt words were read as ("putn" → ["putin"]); empty when all matched as typed. */
  corrected: string[];
}

const CANDIDATES = 300;

/**
 * What each query word may stand for: itself as a prefix, and, when it is long enough to allow a
 * typo, stored entity words within its edit budget (read from the words index by their first two
 * letters, so a keystroke scans a sliver of the vocabulary, not the table).
 */
type Readings = Map<string, number>; // stored word or typed prefix → edits

async function readingsOf(db: BackstoryDB, term: string): Promise<Readings> {
  const readings: Readings = new Map([[term, 0]]);
  const max = allowedEdits(term);
  if (!max) return readings;
  for (const prefix of probePrefixes(term)) {
    for (const word of (await db.entities.where('words').startsWith(prefix).uniqueKeys()) as string[]) {
      if (word.startsWith(term)) continue; // already found as typed
      const d = prefixDistance(term, word, max);
      if (d <= max) readings.set(word, Math.min(d, readings.get(word) ?? d));
    }
  }
  return readings;
}

/** Edits a record needs for every query word to start one of its words; Infinity when some cannot. */
function cost(words: string[], readings: Readings[]): number {
  let total = 0;
  for (const r of readings) {
    let best = Infinity;
    for (const w of words) {
      for (const [reading, d] of r) if (d < best && w.startsWith(reading)) best = d;
      if (best === 0) break;
    }
    if (best === Infinity) return Infinity;
    total += best;
  }
  return total;
}

/** Lower is better: exact name first, then names starting with the query, then any word match. */
function rank(name: string, query: string): number {
  const key = nameKey(name);
  if (key === query) return 0;
  if (key.startsWith(query)) return 1;
  return 2;
}

/** Records of a table whose words start with the probe word as typed or equal one of its readings. */
async function candidates<T extends { id: string; words: string[] }>(table: EntityTable<T, 'id'>, probe: Readings): Promise<T[]> {
  const [typed, ...others] = [...probe.keys()];
  const [asTyped, asRead] = await Promise.all([
    table.where('words').startsWith(typed!).limit(CANDIDATES).toArray(),
    others.length ? table.where('words').anyOf(others).distinct().limit(CANDIDATES).toArray() : [],
  ]);
  return [...new Map([...asTyped, ...asRead].map((r) => [r.id, r])).values()];
}

/**
 * Search over entities, fact-checks and reports for the popup: every query word must start a word of
 * the record, or be one typo away from a stored name word ("novya gazeta", "putn"). Grouped by type;
 * entities ranked by edits, then exact and prefix name matches; reports newest first.
 */
export async function searchCache(db: BackstoryDB, rawQuery: string, limit = 8): Promise<SearchResults> {
  const query = nameKey(rawQuery);
  const terms = [...new Set(query.split(' ').filter(Boolean))];
  const empty: SearchResults = { query: rawQuery, entities: [], claims: [], reports: [], total: 0, corrected: [] };
  if (!terms.length) return empty;
  const result = await db.transaction('r', db.entities, db.claims, db.reports, async () => {
    const readings = await Promise.all(terms.map((t) => readingsOf(db, t)));
    // The word with the fewest readings, then the longest, narrows the index scan most.
    const order = terms.map((t, i) => i).sort((a, b) => readings[a]!.size - readings[b]!.size || terms[b]!.length - terms[a]!.length);
    const probe = readings[order[0]!]!;
    const [entities, claims, reports] = await Promise.all([
      candidates(db.entities, probe),
      candidates(db.claims, probe),
      candidates(db.reports, probe),
    ]);
    const scored = <T extends { words: string[] }>(rows: T[]) =>
      rows.map((row) => ({ row, edits: cost(row.words, readings) })).filter((x) => x.edits < Infinity);
    const hitEntities = scored(entities)
      .sort((a, b) => a.edits - b.edits || rank(a.row.name, query) - rank(b.row.name, query) || a.row.name.length - b.row.name.length)
      .map((x) => x.row);
    const hitClaims = scored(claims).sort((a, b) => a.edits - b.edits).map((x) => x.row);
    const hitReports = scored(reports)
      .sort((a, b) => a.edits - b.edits || b.row.publishedAt.localeCompare(a.row.publishedAt))
      .map((x) => x.row);
    const outlets = await db.entities.bulkGet([...new Set(hitReports.slice(0, limit).map((r) => r.outlet))]);
    return { hitEntities, hitClaims, hitReports, outlets, readings };
  });
  const { hitEntities, hitClaims, hitReports, outlets, readings } = result;
  const outletName = new Map(outlets.flatMap((o) => (o ? [[o.id, o.name] as const] : [])));
  const corrected = readings.flatMap((r) => [...r].filter(([, d]) => d > 0).map(([w]) => w));
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
    corrected,
  };
}
