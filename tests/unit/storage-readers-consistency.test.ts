// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BackstoryDB, dexieKnowledge, importPack, searchCache } from '../../src/cache';
import { buildContext, type PageAnalysis } from '../../src/context';
import { extract } from '../../src/extract';
import { editionPack, editionsIn, type Edition } from '../fixtures/hostile-packs/editions';

/*
 * Two article tabs build their context and the popup searches while a pack update is written. Each
 * answer must come wholly from the pack before the update or wholly from the pack after it. The sweep
 * starts the import a few event-loop turns before or after the readers, so it lands at every point of
 * their reads (fake-indexeddb runs one request step per turn).
 */
const text =
  'Example Media Group President Jane Roe said the fictional flood displaced 4,000 people, the Daily Example reported.\n\n' +
  'Jane Roe said the flood displaced 4,000 people. Officials at Example Media Group disputed that.';
const page = (url: string): PageAnalysis => ({
  url,
  detection: { isArticle: true, site: null, reason: 'test' },
  article: { title: 'Flood', byline: [], publishedAt: '2026-01-03', siteName: null, lang: 'en', canonicalUrl: null, text },
  extraction: extract(text),
});
const tabs = [page('https://dailyexample.example/2026/01/other'), page('https://news.example/flood')];

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));
const turns = async (n: number) => {
  for (let i = 0; i < n; i++) await turn();
};

const writer = new BackstoryDB(`readers-${Date.now()}`);
// The popup is its own extension page: its reads come over a second connection.
const popupConnection = new BackstoryDB(writer.name);
let installed: Edition = 'amber';
let version = 1;

beforeAll(async () => {
  await importPack(writer, editionPack('amber', `1.0.${version}`, 1_500));
  // Both editions answer every reader, so an empty answer cannot pass as consistent.
  for (const tab of tabs) expect(editionsIn(await buildContext(tab, dexieKnowledge(writer)))).toEqual(['amber']);
  expect(editionsIn(await searchCache(popupConnection, 'amber harbour'))).toEqual(['amber']);
});
afterAll(async () => {
  popupConnection.close();
  await writer.delete();
});

interface Reading {
  reader: string;
  editions: string[];
  /** Search only: names of results that do not contain the query's words. */
  offQuery?: string[];
}

async function readAll(): Promise<Reading[]> {
  const query = 'amber harbour';
  return Promise.all([
    ...tabs.map(async (tab, i) => ({ reader: `tab ${i + 1}`, editions: editionsIn(await buildContext(tab, dexieKnowledge(writer))) })),
    searchCache(popupConnection, query).then((found) => ({
      reader: 'popup',
      editions: editionsIn(found),
      offQuery: found.entities.map((e) => e.name).filter((name) => !/amber harbour/i.test(name)),
    })),
  ]);
}

/** One import at `offset` turns before (negative) or after the readers start; what each reader saw. */
async function updateWhileReading(offset: number): Promise<(Reading & { offset: number; allowed: string[][] })[]> {
  const before = installed;
  const after: Edition = before === 'amber' ? 'violet' : 'amber';
  const next = editionPack(after, `1.0.${++version}`, 1_500);
  let importing!: Promise<unknown>;
  let reading!: Promise<Reading[]>;
  if (offset < 0) {
    importing = importPack(writer, next);
    await turns(-offset);
    reading = readAll();
  } else {
    reading = readAll();
    await turns(offset);
    importing = importPack(writer, next);
  }
  const [readings] = await Promise.all([reading, importing]);
  installed = after;
  return readings.map((r) => ({
    ...r,
    offset,
    // The popup's query names amber records: in the violet edition it rightly finds nothing.
    allowed: r.reader === 'popup' ? [[before], [after], []].filter((e) => e.every((w) => w === 'amber')) : [[before], [after]],
  }));
}

/** Readings that mix editions or show records their query does not match, as readable lines. */
const mixed = (readings: Awaited<ReturnType<typeof updateWhileReading>>) =>
  readings.flatMap((r) => {
    const problems: string[] = [];
    if (!r.allowed.some((a) => a.join() === r.editions.join())) problems.push(`${r.reader} at offset ${r.offset} read editions ${r.editions.join(' + ')}`);
    if (r.offQuery?.length) problems.push(`${r.reader} at offset ${r.offset} found ${r.offQuery.join(', ')} for "amber harbour"`);
    return problems;
  });

describe('readers during a pack update', () => {
  const readings: Awaited<ReturnType<typeof updateWhileReading>> = [];
  beforeAll(async () => {
    // From 8 turns before the readers to 26 after: past the end of the slowest reader (a context build
    // that loads the new lookups takes about 21 turns; an import about 35).
    for (let offset = -8; offset <= 26; offset++) readings.push(...(await updateWhileReading(offset)));
  });

  it('every offset was read by both tabs and the popup', () => {
    expect(readings.length).toBe(35 * 3);
  });

  it('context builds in two tabs see the old or the new pack, never a mix', () => {
    expect(mixed(readings.filter((r) => r.reader !== 'popup'))).toEqual([]);
  });

  it('popup searches see the old or the new pack, never a mix', () => {
    expect(mixed(readings.filter((r) => r.reader === 'popup'))).toEqual([]);
  });
});
