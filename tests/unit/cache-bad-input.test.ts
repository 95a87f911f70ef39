// @vitest-environment node
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { BackstoryDB, exportPack, importPack } from '../../src/cache';
import { BLOCK_SIZE } from '../../src/cache/blocks';
import { parsePack, type Pack } from '../../src/packs';
import { failWrite } from '../fixtures/hostile-packs/write-faults';

const starterText = readFileSync(new URL('../../public/packs/starter.json', import.meta.url), 'utf8');
const starter = (() => {
  const c = parsePack(starterText);
  if (!c.ok) throw new Error(c.errors.join('\n'));
  return c.pack;
})();

const open: BackstoryDB[] = [];
let n = 0;
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});
async function installedDb(): Promise<BackstoryDB> {
  const db = new BackstoryDB(`bad-input-${Date.now()}-${n++}`);
  open.push(db);
  await importPack(db, starter);
  return db;
}

/** What the options page does with a file: validate, then install; returns the errors shown. */
async function tryInstall(db: BackstoryDB, json: string): Promise<string[]> {
  const checked = parsePack(json);
  if (!checked.ok) return checked.errors;
  try {
    await importPack(db, checked.pack);
    return [];
  } catch (e) {
    return [(e as Error).message];
  }
}

/** A newer version of the starter pack, changed by `mutate`, as JSON text. */
function hostile(mutate: (p: any) => void): string {
  const p = structuredClone(starter) as any;
  p.pack.version = '99.0.0';
  mutate(p);
  return JSON.stringify(p);
}

const cases: [string, () => string, RegExp][] = [
  ['truncated JSON', () => starterText.slice(0, starterText.length / 2), /^pack: not valid JSON/],
  ['a wrong type', () => hostile((p) => (p.entities[3].founded = '1993')), /^entities\[3\] \([a-z:-]+\)\.founded: /],
  ['a missing id', () => hostile((p) => delete p.claims[0].id), /^claims\[0\]\.id: /],
  ['a duplicate id', () => hostile((p) => p.reports.push({ ...p.reports[0] })), /^reports\[\d+\] \(report:[^)]+\)\.id: duplicate id/],
  ['an unknown format version', () => hostile((p) => (p.formatVersion = 2)), /^formatVersion: /],
  ['HTML in a field', () => hostile((p) => (p.corrections[0].note = 'see <a href="https://x.example">here</a>')), /^corrections\[0\] \([^)]+\)\.note: must be plain text/],
  ['a javascript: URL', () => hostile((p) => (p.reports[1].url = 'javascript:fetch("//evil.example")')), /^reports\[1\] \([^)]+\)\.url: must be an http\(s\) URL/],
  ['a 50 MB string', () => hostile((p) => (p.entities[0].name = 'A'.repeat(50 * 1024 * 1024))), /^entities\[0\] \([^)]+\)\.name: /],
  ['a cycle in an owner chain', () => hostile((p) => {
    const a = p.entities.find((e: any) => e.owner);
    p.entities.find((e: any) => e.id === a.owner).owner = a.id;
  }), /\.owner: ownership cycle/],
  ['records that are not objects', () => hostile((p) => (p.stories = [null])), /^stories\[0\]: /],
  ['a record id owned by another pack', () => hostile((p) => {
    p.pack.id = 'intruder';
    p.entities = [p.entities.find((e: any) => !e.owner)];
    p.claims = p.corrections = p.reports = p.stories = [];
  }), /already belongs to pack "backstory-starter"/],
];

describe('hostile packs leave the database unchanged', () => {
  it.each(cases)('rejects %s with an error naming the record', async (_name, make, message) => {
    const db = await installedDb();
    const before = await exportPack(db, starter.pack.id);
    const errors = await tryInstall(db, make());
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join('\n')).toMatch(message);
    expect(await exportPack(db, starter.pack.id)).toEqual(before);
    expect((await db.packs.toArray()).map((p) => [p.id, p.version])).toEqual([[starter.pack.id, starter.pack.version]]);
  });

  it('rolls back a quota error in the middle of replacing a pack', async () => {
    const db = await installedDb();
    const before = await exportPack(db, starter.pack.id);
    // Blocks are written table by table: the first block after the entities' is the fact-checks'.
    const fault = failWrite(db, { table: 'blocks', nth: Math.ceil(starter.entities.length / BLOCK_SIZE) + 1, error: 'QuotaExceededError' });
    const progress: number[] = [];
    const next: Pack = { ...starter, pack: { ...starter.pack, version: '99.0.0' } };
    await expect(importPack(db, next, (p) => progress.push(p.done))).rejects.toThrow(/quota/i).finally(() => fault.restore());
    expect(progress).toEqual([starter.entities.length]); // entities were written before the failure, then rolled back
    expect(await exportPack(db, starter.pack.id)).toEqual(before);
    expect((await db.packs.get(starter.pack.id))?.version).toBe(starter.pack.version);
  });
});
