// @vitest-environment node
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { BackstoryDB, dexieKnowledge, exportPack, searchCache } from '../../src/cache';
import { packRows } from '../../src/cache/rows';
import { SCHEMA_V1, SCHEMA_V2 } from '../../src/cache/schema-history';
import type { Pack } from '../../src/packs';

/** The database as version 1 of the extension declared it, and nothing newer. */
class V1Database extends Dexie {
  constructor(name: string) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
  }
}

/** The database as version 2 declared it (a fresh version 2 database runs no upgrade). */
class V2Database extends Dexie {
  constructor(name: string) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2);
  }
}

const pack: Pack = {
  format: 'backstory-pack',
  formatVersion: 1,
  pack: { id: 'old', name: 'Old', version: '1.0.0', license: 'CC0', publisher: 'Tests', created: '2026-01-01' },
  entities: [
    { id: 'org:un', kind: 'organization', name: 'United Nations', aliases: ['U.N.'], description: 'Intergovernmental organisation founded in 1945.', domains: ['un.org'], ratings: [], founded: 1945, source: 'https://en.wikipedia.org/wiki/United_Nations' },
  ],
  claims: [
    { id: 'claim:a', text: 'A test claim about the United Nations.', claimant: 'U.N.', figures: [], entityIds: [], storyId: 's1', reviews: [{ publisher: 'Tests', url: 'https://example.org/r', date: '2026-01-02', ratingText: 'False', verdict: 'false' }] },
  ],
  corrections: [],
  reports: [
    { id: 'r1', url: 'https://example.org/1', outlet: 'org:un', title: 'Older report', publishedAt: '2017-04-01', storyId: 's1', entityIds: ['org:un'], figures: [] },
    { id: 'r2', url: 'https://example.org/2', outlet: 'org:un', title: 'Newer report', publishedAt: '2017-05-01', storyId: 's1', entityIds: [], figures: [] },
  ],
  stories: [{ id: 's1', title: 'Test story', from: '2017-04-01', keywords: ['test', 'story'], source: 'https://example.org/s' }],
};

const names: string[] = [];
afterEach(async () => {
  for (const n of names.splice(0)) await Dexie.delete(n);
});

describe('schema upgrades', () => {
  it('opens a version 1 database with the current schema, keeping every record and filling the new indexes and the search index', async () => {
    const name = `upgrade-${Date.now()}`;
    names.push(name);
    const v1 = new V1Database(name);
    const rows = packRows(pack.pack.id, pack);
    // What version 1 stored: its name keys did not know dotted initialisms ("U.N." → "u n"), nor claimant keys.
    const v1Entities = rows.entities.map((e) => ({ ...e, aliasKeys: ['united nations', 'u n'], words: ['united', 'nations', 'u', 'n'] }));
    const v1Claims = rows.claims.map(({ claimantKey: _, ...c }) => c);
    await v1.table('packs').put({ ...pack.pack, installedAt: '2026-01-01T00:00:00Z', counts: { entities: 1, claims: 1, corrections: 0, reports: 2, stories: 1 } });
    await v1.table('entities').bulkAdd(v1Entities);
    await v1.table('claims').bulkAdd(v1Claims);
    await v1.table('reports').bulkAdd(rows.reports);
    await v1.table('stories').bulkAdd(rows.stories.map(({ keywordKeys: _, ...s }) => s));
    v1.close();

    const db = await expectCurrent(name, pack);
    db.close();
  });

  it('opens a version 2 database, giving back its records without the search words version 2 stored on them', async () => {
    const name = `upgrade-v2-${Date.now()}`;
    names.push(name);
    const v2 = new V2Database(name);
    // Version 2 kept search words on every record, and its name keys read "constructor" through
    // Object.prototype: that keyword's key was the text of a function.
    const withKeyword: Pack = { ...pack, stories: [{ ...pack.stories[0]!, keywords: ['test', 'constructor'] }] };
    const rows = packRows(withKeyword.pack.id, withKeyword);
    await v2.table('packs').put({ ...pack.pack, installedAt: '2026-01-01T00:00:00Z', counts: { entities: 1, claims: 1, corrections: 0, reports: 2, stories: 1 } });
    await v2.table('entities').bulkAdd(rows.entities.map((e) => ({ ...e, words: ['united', 'nations', 'un'] })));
    await v2.table('claims').bulkAdd(rows.claims.map((c) => ({ ...c, words: ['test', 'claim', 'about', 'united', 'nations', 'un'] })));
    await v2.table('reports').bulkAdd(rows.reports.map((r) => ({ ...r, words: r.title.toLowerCase().split(' ') })));
    await v2.table('stories').bulkAdd(rows.stories.map((s) => ({ ...s, keywordKeys: ['test', String(Object.prototype.constructor)] })));
    v2.close();

    const db = await expectCurrent(name, withKeyword);
    expect((await dexieKnowledge(db).storiesWithKeywords(['constructor'])).map((s) => s.id)).toEqual(['s1']);
    // Blocks hold the records as the pack had them: no pack id, derived keys or version 2 words.
    const stored = (await db.blocks.toArray()).flatMap((b) => b.records.map((text) => JSON.parse(text) as object));
    expect(stored).toHaveLength(5);
    for (const record of stored) for (const field of ['packId', 'words', 'aliasKeys', 'claimantKey', 'keywordKeys']) expect(record).not.toHaveProperty(field);
    db.close();
  });
});

/** Opens a database with the current schema and checks that it holds `expected` and answers every lookup. */
async function expectCurrent(name: string, expected: Pack): Promise<BackstoryDB> {
  const db = new BackstoryDB(name);
  await db.open();
  expect(db.verno).toBe(4);
  // Every record survives, exactly as the pack had it.
  expect(await exportPack(db, 'old')).toEqual(expected);
  const knowledge = dexieKnowledge(db);
  expect((await knowledge.entitiesByKeys(['un'])).get('un')?.map((e) => e.id)).toEqual(['org:un']);
  expect((await knowledge.claimsForClaimants(['un'])).map((c) => c.id)).toEqual(['claim:a']);
  expect((await knowledge.reportsForStory('s1')).map((r) => r.id)).toEqual(['r2', 'r1']);
  expect((await knowledge.storiesWithKeywords(['test'])).map((s) => s.id)).toEqual(['s1']);
  // Search finds entities by the upgraded keys ("U.N." → "un"), fact-checks by claimant, reports by title.
  const un = await searchCache(db, 'un');
  expect(un.entities.map((e) => e.id)).toEqual(['org:un']);
  expect(un.claims.map((c) => c.id)).toEqual(['claim:a']);
  expect((await searchCache(db, 'newer rep')).reports.map((r) => r.id)).toEqual(['r2']);
  return db;
}
