// @vitest-environment node
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BackstoryDB, importPack, removePack, searchCache } from '../../src/cache';
import { allowedEdits, prefixDistance } from '../../src/cache/fuzzy';
import { parsePack, type Entity, type Pack } from '../../src/packs';

const db = new BackstoryDB(`search-${Date.now()}`);
beforeAll(async () => {
  const checked = parsePack(readFileSync(new URL('../../public/packs/starter.json', import.meta.url), 'utf8'));
  if (!checked.ok) throw new Error(checked.errors.join('\n'));
  await importPack(db, checked.pack);
});
afterAll(() => db.delete());

describe('prefix edit distance', () => {
  it.each([
    ['novya', 'novaya', 1],
    ['putn', 'putin', 1],
    ['gaz', 'gazeta', 0],
    ['pitun', 'putin', 2],
    ['ptuin', 'putin', 1],
    ['reuters', 'reuterѕ', 1],
  ])('%s ~ %s = %d', (term, word, d) => expect(prefixDistance(term, word, 2)).toBe(d));

  it('gives up beyond the budget, and allows no typo in short words', () => {
    expect(prefixDistance('abcdef', 'uvwxyz', 2)).toBe(Infinity);
    expect(allowedEdits('un')).toBe(0);
    expect(allowedEdits('putn')).toBe(1);
    expect(allowedEdits('novayagazeta')).toBe(2);
  });
});

describe('popup search', () => {
  it.each([
    ['novya gazeta', 'Novaya Gazeta'],
    ['putn', 'Vladimir Putin'],
    ['vladimir ptuin', 'Vladimir Putin'],
    ['Novaya', 'Novaya Gazeta'],
    ['human rights camp', 'Human Rights Campaign'],
  ])('"%s" finds %s first', async (query, name) => {
    const r = await searchCache(db, query);
    expect(r.entities[0]?.name).toBe(name);
  });

  it('says which stored words a misspelt query was read as', async () => {
    expect((await searchCache(db, 'putn')).corrected).toContain('putin');
    expect((await searchCache(db, 'putin')).corrected).toEqual([]);
  });

  it('ranks exact spellings above corrected ones', async () => {
    const r = await searchCache(db, 'gazeta', 50);
    expect(r.entities[0]?.name).toMatch(/Gazeta/);
  });

  it('groups entities, fact-checks and reports, and finds reports through a corrected word', async () => {
    const r = await searchCache(db, 'chechnia', 50);
    expect(r.reports.length).toBeGreaterThan(1);
    expect(r.total).toBe(r.entities.length + r.claims.length + r.reports.length);
    const dates = r.reports.map((x) => x.publishedAt);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('finds nothing for nonsense and for short typos', async () => {
    expect((await searchCache(db, 'zzzzqqq')).total).toBe(0);
    expect((await searchCache(db, 'xq')).total).toBe(0);
  });
});

/** A fictional pack of `names` (organisations), for search behaviour only. */
function namesPack(id: string, names: string[]): Pack {
  const entities: Entity[] = names.map((name, i) => ({ id: `${id}:${String(i).padStart(5, '0')}`, kind: 'organization', name, aliases: [], description: 'Fictional.', domains: [], ratings: [], source: 'https://example.org/fictional' }));
  return { format: 'backstory-pack', formatVersion: 1, pack: { id, name: id, version: '1.0.0', license: 'CC0', publisher: 'Tests', created: '2026-01-01' }, entities, claims: [], corrections: [], reports: [], stories: [] };
}

describe('popup search over a large pack', () => {
  it('finds a record by its rare word when its other word is shared by thousands of records', async () => {
    const big = new BackstoryDB(`search-big-${Date.now()}`);
    // The rare name comes last, after more records with the common word than one keystroke scores.
    await importPack(big, namesPack('big', [...Array.from({ length: 2_500 }, (_, i) => `Zedekiah Board ${i}`), 'Zedekiah Quill']));
    expect((await searchCache(big, 'zedekiah quill')).entities.map((e) => e.name)).toEqual(['Zedekiah Quill']);
    expect((await searchCache(big, 'quill zedekiah')).entities.map((e) => e.name)).toEqual(['Zedekiah Quill']);
    await big.delete();
  });
});

describe('popup search after packs change', () => {
  it('answers from packs imported or removed through another connection (another extension page)', async () => {
    const popup = new BackstoryDB(db.name);
    const background = new BackstoryDB(db.name);
    expect((await searchCache(popup, 'quillmark')).total).toBe(0); // the popup has loaded its index
    await importPack(background, namesPack('later', ['Quillmark Trust']));
    expect((await searchCache(popup, 'quillmark')).entities.map((e) => e.name)).toEqual(['Quillmark Trust']);
    expect((await searchCache(popup, 'novaya')).entities[0]?.name).toBe('Novaya Gazeta');
    await removePack(background, 'later');
    expect((await searchCache(popup, 'quillmark')).total).toBe(0);
    popup.close();
    background.close();
  });
});
