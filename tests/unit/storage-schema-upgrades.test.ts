// @vitest-environment node
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import Dexie, { type Transaction } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { BackstoryDB, dexieKnowledge, exportPack, importPack, nameKey, searchCache } from '../../src/cache';
import { DERIVED_FIELDS, packRecordOf, packRows, RECORD_TABLES } from '../../src/cache/rows';
import * as history from '../../src/cache/schema-history';
import { buildContext, type PageAnalysis } from '../../src/context';
import { extract } from '../../src/extract';
import { parsePack, type Pack } from '../../src/packs';
import { referenceArticleTxt } from '../../scripts/lib/paths';
import { BASE_PACK_JSON } from '../fixtures/hostile-packs/cases';

/*
 * Every schema in src/cache/schema-history.ts (SCHEMA_V<n>, with upgradeToV<n> when rows change) is
 * read from the module, so a new version is covered by these tests as soon as it is declared there.
 */
type Stores = Record<string, string | null>;
const schemas = new Map<number, Stores>();
const upgrades = new Map<number, (tx: Transaction) => Promise<void>>();
for (const [name, value] of Object.entries(history)) {
  const schema = /^SCHEMA_V(\d+)$/.exec(name);
  const upgrade = /^upgradeToV(\d+)$/.exec(name);
  if (schema) schemas.set(Number(schema[1]), value as Stores);
  if (upgrade) upgrades.set(Number(upgrade[1]), value as (tx: Transaction) => Promise<void>);
}
const versions = [...schemas.keys()].sort((a, b) => a - b);
const steps = versions.slice(1).map((to, i) => [versions[i]!, to] as const);

/** The database as the extension at schema `upTo` declared it, upgrades included, and nothing newer. */
function databaseAt(name: string, upTo: number): Dexie {
  const db = new Dexie(name);
  for (const v of versions.filter((n) => n <= upTo)) {
    const declared = db.version(v).stores(schemas.get(v)!);
    const upgrade = upgrades.get(v);
    if (upgrade) declared.upgrade(upgrade);
  }
  return db;
}

const valid = (json: string): Pack => {
  const checked = parsePack(json);
  if (!checked.ok) throw new Error(checked.errors.join('\n'));
  return checked.pack;
};
const packs = [valid(readFileSync(new URL('../../public/packs/starter.json', import.meta.url), 'utf8')), valid(BASE_PACK_JSON)];
const tables = RECORD_TABLES;

/** Field names a schema indexes in a table: "id, packId, *words, [storyId+publishedAt]" → id, packId, words, storyId, publishedAt. */
function indexedFields(schema: Stores, table: string): Set<string> {
  // Only schemas that kept a row per record are filled this way (v4 stores records in blocks).
  return new Set((schema[table] ?? '').split(',').flatMap((spec) => spec.trim().replace(/^[*&]|^\+\+|[[\]]/g, '').split('+')));
}

/**
 * A row as a database at `schema` held it. Derived fields that schema did not index were not computed
 * yet: they are left out, and the upgrades must fill them in. Derived fields it indexed that today's
 * code no longer computes (v1's per-record search `words`) get a stand-in value of the indexed shape.
 */
function rowAt(schema: Stores, table: (typeof tables)[number], row: object): object {
  const indexed = indexedFields(schema, table);
  const copy: Record<string, unknown> = { ...row };
  for (const field of DERIVED_FIELDS[table] as readonly string[]) {
    if (!indexed.has(field)) delete copy[field];
    else if (!(field in copy)) copy[field] = ['legacy'];
  }
  return copy;
}

/** Writes the packs as a database at schema `version` held them. */
async function fillAsVersion(db: Dexie, version: number): Promise<void> {
  const schema = schemas.get(version)!;
  for (const pack of packs) {
    const rows = packRows(pack.pack.id, pack);
    await db.table('packs').put({ ...pack.pack, installedAt: '2026-01-01T00:00:00.000Z', counts: Object.fromEntries(tables.map((t) => [t, rows[t].length])) });
    for (const t of tables) await db.table(t).bulkAdd(rows[t].map((row) => rowAt(schema, t, row)));
  }
}

/** A pack with each table in id order: export lists records by index order, not file order. */
function byId(pack: Pack | null): Pack | null {
  if (!pack) return pack;
  const sorted = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { ...pack, entities: sorted(pack.entities), claims: sorted(pack.claims), corrections: sorted(pack.corrections), reports: sorted(pack.reports), stories: sorted(pack.stories) };
}

/**
 * Every installed pack's meta row and records as the pack had them (by id), however the schema stores
 * them: a row per record (v1 to v3, without pack id and derived fields), or blocks read back by export.
 */
async function packRecords(db: Dexie): Promise<Record<string, unknown>> {
  const metas = await db.table('packs').toArray();
  const out: Record<string, unknown> = { packs: metas.map(({ installedAt: _at, installId: _id, ...p }) => p) };
  const perRecordRows = db.tables.some((t) => t.name === 'entities');
  for (const { id } of metas) {
    if (!perRecordRows) {
      const { format: _f, formatVersion: _v, pack: _p, ...records } = (await exportPack(db, id))!;
      out[id] = records;
      continue;
    }
    const records: Record<string, unknown[]> = {};
    for (const t of tables) {
      const rows = (await db.table(t).where('packId').equals(id).toArray()) as { packId: string }[];
      records[t] = rows.map((row) => packRecordOf(row, t)).sort((a, b) => ((a as { id: string }).id < (b as { id: string }).id ? -1 : 1));
    }
    out[id] = records;
  }
  return out;
}

const referenceText = readFileSync(referenceArticleTxt, 'utf8');
const reference: PageAnalysis = {
  url: 'https://www.pinknews.co.uk/2017/04/10/reference-article/',
  detection: { isArticle: true, site: 'pinknews.co.uk', reason: 'test' },
  article: { title: 'Chechnya', byline: [], publishedAt: '2017-04-10', siteName: 'PinkNews', lang: 'en', canonicalUrl: null, text: referenceText },
  extraction: extract(referenceText),
};

const names: string[] = [];
afterEach(async () => {
  for (const n of names.splice(0)) await Dexie.delete(n);
});
async function filledDatabaseAt(version: number): Promise<string> {
  const name = `schema-v${version}-${Date.now()}-${names.length}`;
  names.push(name);
  const old = databaseAt(name, version);
  await fillAsVersion(old, version);
  old.close();
  return name;
}

describe('schema history', () => {
  it('declares every version the database opens with, oldest first from 1', async () => {
    expect(versions).toEqual(versions.map((_, i) => i + 1));
    const db = new BackstoryDB(`schema-current-${Date.now()}`);
    names.push(db.name);
    await db.open();
    expect(db.verno).toBe(versions.at(-1));
    // Every table the latest schema keeps, each with its primary key ("[a+b]" is a compound key).
    const keyPath = (spec: string) => {
      const first = spec.split(',')[0]!.trim();
      return first.startsWith('[') ? first.slice(1, -1).split('+') : first;
    };
    const latest = Object.entries(schemas.get(versions.at(-1)!)!).flatMap(([t, spec]) => (spec === null ? [] : [[t, keyPath(spec)] as const]));
    expect(Object.fromEntries(db.tables.map((t) => [t.name, t.schema.primKey.keyPath]))).toEqual(Object.fromEntries(latest));
    db.close();
  });
});

describe.each(steps.map(([from, to]) => [`v${from} → v${to}`, from, to] as const))('schema upgrade %s', (_step, from, to) => {
  it('keeps every record of every pack', async () => {
    const name = await filledDatabaseAt(from);
    const old = databaseAt(name, from);
    const before = await packRecords(old);
    old.close();
    for (const pack of packs) expect(before[pack.pack.id]).toMatchObject({ entities: expect.arrayContaining([expect.objectContaining({ id: pack.entities[0]!.id })]) });
    expect(packs.map((p) => (before[p.pack.id] as Pack).entities.length)).toEqual(packs.map((p) => p.entities.length));

    const next = databaseAt(name, to);
    await next.open();
    expect(next.verno).toBe(to);
    expect(await packRecords(next)).toEqual(before);
    next.close();
  });
});

describe.each(versions.slice(0, -1))('a database created at schema v%i', (from) => {
  it('opens under the current schema with every pack exported as installed and every index answering', async () => {
    const name = await filledDatabaseAt(from);
    const db = new BackstoryDB(name);
    await db.open();
    expect(db.verno).toBe(versions.at(-1));
    for (const pack of packs) expect(byId(await exportPack(db, pack.pack.id))).toEqual(byId(pack));

    // Each lookup goes through an index the upgrades had to fill.
    const knowledge = dexieKnowledge(db);
    const base = packs[1]!;
    const alias = nameKey('The Daily Example');
    expect((await knowledge.entitiesByKeys([alias])).get(alias)?.map((e) => e.id)).toEqual(['outlet:daily-example']);
    expect((await knowledge.entityByDomain('www.dailyexample.example'))?.id).toBe('outlet:daily-example');
    expect((await knowledge.claimsForEntities(['person:jane-roe'])).map((c) => c.id)).toEqual(base.claims.map((c) => c.id));
    expect((await knowledge.claimsForClaimants([nameKey('Jane Roe')])).map((c) => c.id)).toEqual(base.claims.map((c) => c.id));
    expect((await knowledge.storiesWithKeywords([nameKey('fictional flood')])).map((s) => s.id)).toEqual(['story:flood']);
    expect((await knowledge.reportsForStory('story:flood')).map((r) => r.id)).toEqual(['report:flood-1']);
    expect((await searchCache(db, 'novaya')).entities.map((e) => e.id)).toContain('outlet:novaya-gazeta');
    db.close();
  });

  it('serves the reference article the same context, search results and exports as a fresh install of the same packs', async () => {
    const upgraded = new BackstoryDB(await filledDatabaseAt(from));
    const fresh = new BackstoryDB(`schema-fresh-${Date.now()}-${names.length}`);
    names.push(fresh.name);
    for (const pack of packs) await importPack(fresh, pack);
    const context = (db: BackstoryDB) => buildContext(reference, dexieKnowledge(db));
    const expected = await context(fresh);
    // The starter pack covers the reference story: its sources, related reports and differing tolls.
    expect(expected.sources.filter((s) => s.entity).length).toBeGreaterThan(5);
    expect(expected.related.length).toBeGreaterThan(3);
    expect(expected.discrepancies.length).toBeGreaterThan(0);
    expect(await context(upgraded)).toEqual(expected);
    for (const query of ['human rights watch', 'chechnia', 'kadyrov', 'daily example']) expect(await searchCache(upgraded, query)).toEqual(await searchCache(fresh, query));
    for (const pack of packs) expect(await exportPack(upgraded, pack.pack.id)).toEqual(await exportPack(fresh, pack.pack.id));
    upgraded.close();
    fresh.close();
  });
});
