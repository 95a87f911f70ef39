// @vitest-environment node
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BackstoryDB, dexieKnowledge, importPack, searchCache } from '../../src/cache';
import { BLOCK_SIZE } from '../../src/cache/blocks';
import { buildContext, type PageAnalysis } from '../../src/context';
import { extract } from '../../src/extract';
import { parsePack, type Pack } from '../../src/packs';
import { databaseState } from '../fixtures/hostile-packs/database-state';
import { editionPack, editionsIn } from '../fixtures/hostile-packs/editions';
import { failCommit, failWrite, type WriteFault } from '../fixtures/hostile-packs/write-faults';

/*
 * A full disk or a failing write in the middle of an import (a new pack) or an update (a new version
 * replacing the installed one): the database is left as it was, the caller gets the storage error, and
 * searches and context builds go on answering from the pack that was installed.
 */
const starter = (() => {
  const checked = parsePack(readFileSync(new URL('../../public/packs/starter.json', import.meta.url), 'utf8'));
  if (!checked.ok) throw new Error(checked.errors.join('\n'));
  return checked.pack;
})();
const FILLER = 800;
const installed = editionPack('amber', '1.0.0', FILLER);
const update = editionPack('violet', '2.0.0', FILLER);
const fresh: Pack = { ...update, pack: { ...update.pack, id: 'hostile-fresh' } };
// A fresh pack must not collide with the installed one's ids.
for (const table of ['entities', 'claims', 'corrections', 'reports', 'stories'] as const) {
  (fresh[table] as { id: string }[]) = update[table].map((r) => ({ ...r, id: `fresh-${r.id}` }));
}
fresh.entities = fresh.entities.map((e) => ({ ...e, owner: e.owner && `fresh-${e.owner}` }));
fresh.claims = fresh.claims.map((c) => ({ ...c, entityIds: c.entityIds.map((id) => `fresh-${id}`), storyId: c.storyId && `fresh-${c.storyId}` }));
fresh.corrections = fresh.corrections.map((c) => ({ ...c, entityIds: c.entityIds.map((id) => `fresh-${id}`) }));
fresh.reports = fresh.reports.map((r) => ({ ...r, outlet: `fresh-${r.outlet}`, entityIds: r.entityIds.map((id) => `fresh-${id}`), storyId: r.storyId && `fresh-${r.storyId}` }));

const text = 'Example Media Group President Jane Roe said the fictional flood displaced 4,000 people, the Daily Example reported.';
const tab: PageAnalysis = {
  url: 'https://dailyexample.example/2026/01/other',
  detection: { isArticle: true, site: null, reason: 'test' },
  article: { title: 'Flood', byline: [], publishedAt: '2026-01-03', siteName: null, lang: 'en', canonicalUrl: null, text },
  extraction: extract(text),
};

const db = new BackstoryDB(`write-failures-${Date.now()}`);
beforeAll(async () => {
  await importPack(db, starter);
  await importPack(db, installed);
});
afterAll(() => db.delete());

// Blocks are written table by table (entities first, stories last), BLOCK_SIZE records each.
const blocksOf = (records: unknown[]) => Math.ceil(records.length / BLOCK_SIZE);
const entityBlocks = blocksOf(update.entities);
const allBlocks = (['entities', 'claims', 'corrections', 'reports', 'stories'] as const).reduce((n, t) => n + blocksOf(update[t]), 0);

type Fault = { name: string; error: RegExp; install: () => WriteFault; updateOnly?: boolean };
const faults: Fault[] = [
  { name: 'the disk fills up halfway through the entities', error: /quota/i, install: () => failWrite(db, { table: 'blocks', nth: Math.ceil(entityBlocks / 2) }) },
  { name: 'the disk fills up at the last table', error: /quota/i, install: () => failWrite(db, { table: 'blocks', nth: allBlocks }) },
  { name: 'the disk fills up writing the search index', error: /quota/i, install: () => failWrite(db, { table: 'searchIndex', nth: 1 }) },
  { name: 'the disk fills up writing the lookups', error: /quota/i, install: () => failWrite(db, { table: 'lookup', nth: 1 }) },
  { name: 'the disk fills up writing the pack row, the very last write', error: /quota/i, install: () => failWrite(db, { table: 'packs', nth: 1 }) },
  { name: 'a read/write error strikes the fact-checks', error: /UnknownError|I\/O|Simulated/i, install: () => failWrite(db, { table: 'blocks', nth: entityBlocks + 1, error: 'UnknownError' }) },
  { name: 'removing the old version fails', error: /quota|Simulated/i, install: () => failWrite(db, { op: 'delete', table: 'blocks', nth: 1 }), updateOnly: true },
  { name: 'the commit finds no room (Chromium reports quota at commit)', error: /quota/i, install: () => failCommit(db, 'blocks') },
];
const runs = faults.flatMap((f) => [
  ...(f.updateOnly ? [] : [{ ...f, what: 'a new pack', pack: fresh }]),
  { ...f, what: 'an update', pack: update },
]);

/** Imports `pack` with `fault` installed; the error it was refused with. */
async function failingImport(pack: Pack, fault: Fault): Promise<Error> {
  const installedFault = fault.install();
  try {
    await importPack(db, pack);
  } catch (e) {
    expect(installedFault.seen, 'the fault struck').toBeGreaterThan(0);
    return e as Error;
  } finally {
    installedFault.restore();
  }
  throw new Error(`the import succeeded although ${fault.name}`);
}

describe('a write failure during an import', () => {
  it.each(runs.map((r) => [r.what, r.name, r] as const))('%s, when %s: nothing changes and the old pack still answers', async (_what, _name, run) => {
    const before = await databaseState(db);
    await failingImport(run.pack, run);
    expect(await databaseState(db)).toEqual(before);
    expect((await db.packs.get(installed.pack.id))?.version).toBe('1.0.0');
    expect(editionsIn(await buildContext(tab, dexieKnowledge(db)))).toEqual(['amber']);
    const found = await searchCache(db, 'amber harbour');
    expect(found.entities.map((e) => e.name)).toContain('Amber Harbour Board 0');
    expect(editionsIn(found)).toEqual(['amber']);
  });

  it('reports the storage error itself, not an id clash', async () => {
    const wrong: string[] = [];
    for (const run of runs) {
      const error = await failingImport(run.pack, run);
      if (!run.error.test(error.message)) wrong.push(`${run.what}, when ${run.name}: "${error.message}"`);
    }
    expect(wrong).toEqual([]);
  });

  it('installs the update once the write succeeds again', async () => {
    await importPack(db, update);
    expect(editionsIn(await buildContext(tab, dexieKnowledge(db)))).toEqual(['violet']);
    expect((await searchCache(db, 'violet harbour')).entities.map((e) => e.name)).toContain('Violet Harbour Board 0');
    expect((await searchCache(db, 'amber harbour')).entities).toEqual([]);
  });
});
