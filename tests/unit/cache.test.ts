// @vitest-environment node
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BackstoryDB, dexieKnowledge, exportPack, importPack, memoryKnowledge, nameKey, removePack, searchCache } from '../../src/cache';
import { BLOCK_SIZE } from '../../src/cache/blocks';
import { MAX_STORY_REPORTS } from '../../src/cache/knowledge';
import { parsePack, type Pack } from '../../src/packs';
import { databaseState } from '../fixtures/hostile-packs/database-state';
import { failWrite } from '../fixtures/hostile-packs/write-faults';

const starter = (() => {
  const checked = parsePack(readFileSync(new URL('../../public/packs/starter.json', import.meta.url), 'utf8'));
  if (!checked.ok) throw new Error(checked.errors.join('\n'));
  return checked.pack;
})();

let n = 0;
const open: BackstoryDB[] = [];
function freshDb(): BackstoryDB {
  const db = new BackstoryDB(`test-${Date.now()}-${n++}`);
  open.push(db);
  return db;
}
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

describe('name keys', () => {
  it.each([
    ['The White House', 'white house'],
    ['Putin’s', 'putin'],
    ['El País', 'el pais'],
    ['BuzzFeed', 'buzzfeed'],
    ['Novaya\u200B Gazeta', 'novaya gazeta'],
  ])('%s → %s', (input, key) => expect(nameKey(input)).toBe(key));

  it('keeps a Cyrillic homoglyph distinct from the Latin name', () => {
    expect(nameKey('Reuter\u0455')).not.toBe(nameKey('Reuters'));
  });

  it('keys words that are also names of JavaScript object properties as words', () => {
    expect(nameKey('Constructor Group')).toBe('constructor group');
    expect(nameKey('The Intl Constructor')).toBe('international constructor');
  });

  it('keys plain ASCII text (its fast path) exactly as the general path does', () => {
    // A zero-width space is removed first, but sends the text through the Unicode path.
    const parts = fc.constantFrom('The', 'the', 'U.S.', 'u.n.a.', 'Intl', "Int'l", 'Dept.', "Amnesty's", 'O\'Brien', '&', 'a.b', 'x9', '9.5', ' ', '-', '...', "'", 'constructor', 'A.', 'govt');
    const ascii = fc.oneof(fc.array(parts, { maxLength: 8 }).map((p) => p.join(' ')), fc.array(parts, { maxLength: 8 }).map((p) => p.join('')), fc.string());
    fc.assert(fc.property(ascii, (text) => nameKey(text) === nameKey(`${text}\u200B`)), { numRuns: 2_000 });
  });
});

describe('pack import', () => {
  it('installs the starter pack in one go and finds entities by any alias form', async () => {
    const db = freshDb();
    const progress: number[] = [];
    const row = await importPack(db, starter, (p) => progress.push(p.done));
    expect(row.counts.entities).toBe(starter.entities.length);
    expect((await exportPack(db, starter.pack.id))?.entities).toHaveLength(starter.entities.length);
    expect(progress.length).toBeGreaterThan(1); // table by table, not once at the end
    expect(progress.at(-1)).toBe(starter.entities.length + starter.claims.length + starter.corrections.length + starter.reports.length + starter.stories.length);
    const found = await dexieKnowledge(db).entitiesByKeys([nameKey('Buzzfeed'), nameKey('the White House')]);
    expect(found.get('buzzfeed')?.[0]?.name).toMatch(/BuzzFeed/);
    expect(found.get('white house')?.[0]?.kind).toBe('government');
  });

  it('replaces an older version of the same pack atomically', async () => {
    const db = freshDb();
    const v1: Pack = { ...starter, pack: { ...starter.pack, id: 'small', version: '1.0.0' }, entities: starter.entities.slice(0, 5), claims: [], corrections: [], reports: [], stories: [] };
    for (const e of v1.entities) e.owner = undefined;
    await importPack(db, v1);
    const v2: Pack = { ...v1, pack: { ...v1.pack, version: '1.1.0' }, entities: v1.entities.slice(0, 2) };
    await importPack(db, v2);
    expect((await exportPack(db, 'small'))?.entities.map((e) => e.id).sort()).toEqual(v2.entities.map((e) => e.id).sort());
    expect((await db.packs.get('small'))?.version).toBe('1.1.0');
    expect((await dexieKnowledge(db).entitiesByIds(v1.entities.map((e) => e.id))).size).toBe(2);
    await removePack(db, 'small');
    for (const table of db.tables) expect(await table.count(), table.name).toBe(0);
  });

  it('serves a reinstallation of the same version to a reader that read the previous one, even within the same millisecond', async () => {
    const db = freshDb();
    const reader = new BackstoryDB(db.name); // another extension page, holding lookups and blocks in memory
    const edition = (description: string): Pack => ({
      ...starter,
      pack: { ...starter.pack, id: 'same-version', version: '1.0.0' },
      entities: [{ ...starter.entities.find((e) => !e.owner)!, id: 'org:same', name: 'Samesake Trust', aliases: [], description }],
      claims: [],
      corrections: [],
      reports: [],
      stories: [],
    });
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2026-02-01T00:00:00.000Z'));
      await importPack(db, edition('First edition.'));
      expect((await searchCache(reader, 'samesake')).entities.map((e) => e.description)).toEqual(['First edition.']);
      await importPack(db, edition('Second edition.'));
      expect((await db.packs.get('same-version'))?.installedAt).toBe('2026-02-01T00:00:00.000Z');
      expect((await searchCache(reader, 'samesake')).entities.map((e) => e.description)).toEqual(['Second edition.']);
      expect((await dexieKnowledge(reader).entitiesByIds(['org:same'])).get('org:same')?.description).toBe('Second edition.');
    } finally {
      vi.useRealTimers();
      reader.close();
    }
  });

  it('leaves the database unchanged when a pack clashes with another pack', async () => {
    const db = freshDb();
    await importPack(db, starter);
    const before = await databaseState(db);
    const intruder: Pack = { ...starter, pack: { ...starter.pack, id: 'intruder' }, entities: [{ ...starter.entities[0]!, owner: undefined }], claims: [], corrections: [], reports: [], stories: [] };
    await expect(importPack(db, intruder)).rejects.toThrow(/already belongs to pack "backstory-starter"/);
    expect(await databaseState(db)).toEqual(before);
  });

  it('leaves the database unchanged when a write fails in the middle of an import', async () => {
    const db = freshDb();
    await importPack(db, starter);
    const before = await databaseState(db);
    const next: Pack = { ...starter, pack: { ...starter.pack, version: '9.9.9' } };
    // Blocks are written table by table: the first block of reports comes after those of the three tables before.
    const reportsBlock = (['entities', 'claims', 'corrections'] as const).reduce((n, t) => n + Math.ceil(starter[t].length / BLOCK_SIZE), 0) + 1;
    const fault = failWrite(db, { table: 'blocks', nth: reportsBlock });
    await expect(importPack(db, next)).rejects.toThrow(/quota/i).finally(() => fault.restore());
    expect(fault.seen).toBeGreaterThanOrEqual(reportsBlock); // the fault struck (the rest of its bulkAdd still ran)
    expect(await databaseState(db)).toEqual(before);
  });
});

describe('search', () => {
  it('finds entities by prefix, groups results and ranks the exact name first', async () => {
    const db = freshDb();
    await importPack(db, starter);
    const r = await searchCache(db, 'Novaya');
    expect(r.entities[0]?.name).toBe('Novaya Gazeta');
    expect(r.total).toBeGreaterThanOrEqual(1);
    const partial = await searchCache(db, 'human rights camp');
    expect(partial.entities.map((e) => e.name)).toContain('Human Rights Campaign');
    expect((await searchCache(db, 'zzzzqqq')).total).toBe(0);
    expect((await searchCache(db, '   ')).total).toBe(0);
  });

  it('finds reports by title words, newest first', async () => {
    const db = freshDb();
    await importPack(db, starter);
    const r = await searchCache(db, 'chechnya', 50);
    expect(r.reports.length).toBeGreaterThan(1);
    const dates = r.reports.map((x) => x.publishedAt);
    expect([...dates].sort().reverse()).toEqual(dates);
  });
});

describe('memory and database knowledge agree', () => {
  it('merges the reports of a story that several packs cover: newest first, at most MAX_STORY_REPORTS', async () => {
    const db = freshDb();
    const day = (i: number) => new Date(Date.UTC(2000, 0, 1 + i)).toISOString().slice(0, 10);
    // Two packs, 300 reports each on one story, their dates interleaved; and a report on another story.
    const covering = (id: string, parity: number): Pack => ({
      ...starter,
      pack: { ...starter.pack, id },
      entities: [],
      claims: [],
      corrections: [],
      stories: [],
      reports: [
        ...Array.from({ length: 300 }, (_, i) => ({ id: `${id}:r${i}`, url: `https://news.example/${id}/${i}`, outlet: 'outlet:x', title: `Report ${i}`, publishedAt: day(2 * i + parity), storyId: 'story:shared', entityIds: [], figures: [] })),
        { id: `${id}:other`, url: `https://news.example/${id}/other`, outlet: 'outlet:x', title: 'Elsewhere', publishedAt: day(9_000), storyId: 'story:other', entityIds: [], figures: [] },
      ],
    });
    const packs = [covering('pack-a', 0), covering('pack-b', 1)];
    for (const pack of packs) await importPack(db, pack);
    const fromDb = (await dexieKnowledge(db).reportsForStory('story:shared')).map((r) => r.id);
    expect(fromDb).toHaveLength(MAX_STORY_REPORTS);
    expect(fromDb.slice(0, 3)).toEqual(['pack-b:r299', 'pack-a:r299', 'pack-b:r298']);
    expect(fromDb).toEqual((await memoryKnowledge(packs).reportsForStory('story:shared')).map((r) => r.id));
  });

  it('answers the same lookups', async () => {
    const db = freshDb();
    await importPack(db, starter);
    const keys = ['novaya gazeta', 'putin', 'white house', 'chad griffin', 'nobody at all'];
    const fromDb = await dexieKnowledge(db).entitiesByKeys(keys);
    const fromMemory = await memoryKnowledge([starter]).entitiesByKeys(keys);
    const ids = (m: Map<string, { id: string }[]>) => Object.fromEntries([...m].map(([k, v]) => [k, v.map((e) => e.id).sort()]));
    expect(ids(fromDb)).toEqual(ids(fromMemory));
    expect((await dexieKnowledge(db).entityByDomain('www.pinknews.co.uk'.replace(/^www\./, '')))?.name).toBe('PinkNews');
    expect((await memoryKnowledge([starter]).entityByDomain('news.bbc.co.uk'))?.id).toBe((await dexieKnowledge(db).entityByDomain('news.bbc.co.uk'))?.id);
    const storyKeys = ['chechnya', 'grenfell tower', 'no such keyword'];
    const storyIds = async (k: ReturnType<typeof memoryKnowledge>) => (await k.storiesWithKeywords(storyKeys)).map((s) => s.id).sort();
    expect(await storyIds(dexieKnowledge(db))).toEqual(await storyIds(memoryKnowledge([starter])));
    expect((await storyIds(dexieKnowledge(db))).length).toBeGreaterThan(0);
  });
});
