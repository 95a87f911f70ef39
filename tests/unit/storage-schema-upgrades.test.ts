// @vitest-environment node
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import Dexie, { type Transaction } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { BackstoryDB, dexieKnowledge, exportPack, nameKey, searchCache } from '../../src/cache';
import { DERIVED_FIELDS, packRows } from '../../src/cache/rows';
import * as history from '../../src/cache/schema-history';
import { parsePack, type Pack } from '../../src/packs';
import { BASE_PACK_JSON } from '../fixtures/hostile-packs/cases';

/*
 * Every schema in src/cache/schema-history.ts (SCHEMA_V<n>, with upgradeToV<n> when rows change) is
 * read from the module, so a new version is covered by these tests as soon as it is declared there.
 */
type Stores = Record<string, string>;
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
const tables = Object.keys(DERIVED_FIELDS) as (keyof typeof DERIVED_FIELDS)[];

/** Field names a schema indexes in a table: "id, packId, *words, [storyId+publishedAt]" → id, packId, words, storyId, publishedAt. */
function indexedFields(schema: Stores, table: string): Set<string> {
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
    const rows = packRows(pack);
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

/** Every table's rows without what the cache derives: the records as their packs gave them. */
async function packRecords(db: Dexie): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = { packs: (await db.table('packs').toArray()).map(({ installedAt: _, ...p }) => p) };
  for (const t of tables) {
    out[t] = (await db.table(t).toArray()).map((row: Record<string, unknown>) => {
      const copy = { ...row };
      for (const f of DERIVED_FIELDS[t]) delete copy[f];
      return copy;
    });
  }
  return out;
}

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
    const latest = schemas.get(versions.at(-1)!)!;
    expect(Object.fromEntries(db.tables.map((t) => [t.name, t.schema.primKey.keyPath]))).toEqual(
      Object.fromEntries(Object.entries(latest).map(([t, spec]) => [t, spec.split(',')[0]!.trim()])),
    );
    db.close();
  });
});

describe.each(steps.map(([from, to]) => [`v${from} → v${to}`, from, to] as const))('schema upgrade %s', (_step, from, to) => {
  it('keeps every record of every pack', async () => {
    const name = await filledDatabaseAt(from);
    const old = databaseAt(name, from);
    const before = await packRecords(old);
    old.close();
    expect(before.entities!.length).toBe(packs.reduce((n, p) => n + p.entities.length, 0));

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
});
