// @vitest-environment node
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BackstoryDB, importPack, searchCache } from '../../src/cache';
import { allowedEdits, prefixDistance } from '../../src/cache/fuzzy';
import { parsePack } from '../../src/packs';

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
