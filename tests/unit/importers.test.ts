// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validatePack } from '../../src/packs';
import { importClaimReview } from '../../src/packs/importers/claimreview';
import { importWikidata } from '../../src/packs/importers/wikidata';
import { normaliseVerdict } from '../../src/packs/importers/verdict';

const root = resolve(__dirname, '../..');
const fixture = (name: string) => join(root, 'tests/fixtures/importers', name);
const json = (name: string) => JSON.parse(readFileSync(fixture(name), 'utf8'));
const cli = (...args: string[]) => spawnSync(process.execPath, [join(root, 'bin/backstory.mjs'), ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });

describe('ClaimReview importer', () => {
  it('reads a single JSON-LD ClaimReview with its claimant, dates and verdict', () => {
    const pack = importClaimReview(json('claimreview-single.json'));
    expect(pack.claims).toEqual([
      {
        id: expect.stringMatching(/^claim:[a-z0-9]+$/),
        text: 'The new bridge cost 40 million pounds.',
        claimant: 'Alex Example',
        date: '2026-02-01',
        figures: [],
        entityIds: [],
        reviews: [{ publisher: 'Example Fact Check', url: 'https://factcheck.example/2026/02/03/bridge-cost', date: '2026-02-03', ratingText: 'False', verdict: 'false' }],
      },
    ]);
    expect(validatePack(pack).ok).toBe(true);
  });

  it('merges reviews of the same claim in a @graph and skips the page nodes', () => {
    const { claims } = importClaimReview(json('claimreview-graph.json'));
    expect(claims).toHaveLength(1);
    expect(claims[0]!.reviews.map((r) => [r.publisher, r.verdict])).toEqual([
      ['Example Fact Check', 'mixed'],
      ['Other Example Checkers', 'misleading'],
    ]);
  });

  it('reads the Fact Check Tools API response shape', () => {
    const { claims } = importClaimReview(json('factcheck-api.json'));
    expect(claims.map((c) => [c.text, c.claimant ?? null, c.date ?? null, c.reviews[0]!.verdict, c.reviews[0]!.publisher])).toEqual([
      ['The city planted one million trees in 2025.', 'Alex Example', '2026-01-10', 'mostly-false', 'Example Fact Check'],
      ['Bus fares have not risen since 2020.', null, null, 'true', 'othercheck.example'],
    ]);
  });

  it('reads the Data Commons DataFeed shape', () => {
    const { claims } = importClaimReview(json('datacommons-feed.json'));
    expect(claims.map((c) => [c.text, c.reviews[0]!.verdict])).toEqual([
      ['Three new hospitals opened this winter.', 'unproven'],
      ['The railway line carries 2 million passengers a year.', 'true'],
    ]);
  });

  it('gives the same ids on a second import', () => {
    expect(importClaimReview(json('datacommons-feed.json')).claims.map((c) => c.id)).toEqual(importClaimReview(json('datacommons-feed.json')).claims.map((c) => c.id));
  });

  it.each([
    ['a review without claimReviewed', (d: any) => delete d.dataFeedElement[1].item[0].claimReviewed, /dataFeedElement\[1\]\.item\[0\] \(https:\/\/factcheck\.example\/2026\/02\/07\/rail\): claimReviewed is missing/],
    ['a javascript: URL', (d: any) => (d.dataFeedElement[0].item[0].url = 'javascript:alert(1)'), /dataFeedElement\[0\]\.item\[0\] \(javascript:alert\(1\)\): url: must be an http\(s\) URL/],
    ['HTML in the claim', (d: any) => (d.dataFeedElement[0].item[0].claimReviewed = '<script>x</script>'), /item\[0\] \(https:\/\/factcheck\.example\/2026\/02\/06\/hospital\): text: must be plain text/],
    ['a node of an unknown type', (d: any) => (d.dataFeedElement[0]['@type'] = 'Thing'), /dataFeedElement\[0\]: not a ClaimReview/],
    ['a missing rating', (d: any) => delete d.dataFeedElement[0].item[0].reviewRating, /reviewRating\.alternateName is missing/],
  ])('rejects %s, naming the record', (_name, mutate, message) => {
    const doc = json('datacommons-feed.json');
    mutate(doc);
    expect(() => importClaimReview(doc)).toThrow(message);
  });
});

describe('verdicts', () => {
  it.each([
    ['Pants on Fire!', 'false'],
    ['Mostly False', 'mostly-false'],
    ['Half True', 'mixed'],
    ['Missing context', 'misleading'],
    ['Not true', 'false'],
    ['Correct', 'true'],
    ['Four Pinocchios', 'false'],
    ['Satire', 'other'],
  ])('%s → %s', (text, verdict) => expect(normaliseVerdict(text)).toBe(verdict));

  it('falls back to a numeric rating on the publisher scale', () => {
    expect(normaliseVerdict('Sehr irreführend', { value: 1, best: 5, worst: 1 })).toBe('false');
    expect(normaliseVerdict('Stimmt', { value: 5, best: 5, worst: 1 })).toBe('true');
  });
});

describe('Wikidata importer', () => {
  it('reads Special:EntityData: labels, aliases, P31, P17 via P297, P856, P127, P571', () => {
    const pack = importWikidata(readFileSync(fixture('wikidata-entitydata.json'), 'utf8'));
    const courier = pack.entities.find((e) => e.wikidata === 'Q999000001')!;
    expect(courier).toEqual({
      id: 'wd:q999000001',
      kind: 'outlet',
      name: 'Example Daily Courier',
      aliases: ['The Courier', 'EDC'],
      description: "fictional newspaper used in Backstory's importer tests",
      country: 'GB',
      domains: ['courier.example'],
      founded: 1901, // the deprecated 1850 statement is ignored
      owner: 'wd:q999000002',
      wikidata: 'Q999000001',
      ratings: [],
      source: 'https://www.wikidata.org/wiki/Q999000001',
    });
    expect(pack.entities.find((e) => e.wikidata === 'Q145')).toMatchObject({ kind: 'place', name: 'United Kingdom' });
    expect(validatePack(pack).ok).toBe(true);
  });

  it('reads a dump slice, one entity a line, and ignores "somevalue" statements', () => {
    const pack = importWikidata(readFileSync(fixture('wikidata-dump-slice.json'), 'utf8'));
    expect(pack.entities.map((e) => e.id)).toEqual(['wd:q999000001', 'wd:q999000002', 'wd:q999000003', 'wd:q145']);
    const person = pack.entities.find((e) => e.id === 'wd:q999000003')!;
    expect(person.kind).toBe('person');
    expect(person.country).toBeUndefined();
  });

  it('omits the country and owner when their items are not in the file', () => {
    const doc = json('wikidata-entitydata.json');
    const alone = JSON.stringify({ entities: { Q999000001: doc.entities.Q999000001 } });
    const [courier] = importWikidata(alone).entities;
    expect(courier!.country).toBeUndefined();
    expect(courier!.owner).toBeUndefined();
  });

  it('reads a JSON array of entities', () => {
    const doc = json('wikidata-entitydata.json');
    expect(importWikidata(JSON.stringify(Object.values(doc.entities))).entities).toHaveLength(3);
  });

  it.each([
    ['a truncated dump line', (t: string) => t.split('\n').map((l, i) => (i === 2 ? l.slice(0, 40) : l)).join('\n'), /line 3: not valid JSON/],
    ['an entity without id', (t: string) => t.replace('"id":"Q999000003",', ''), /\[2\] \(Alex Example\): id must be an item id/],
    ['an entity without an English label', (t: string) => t.replace('{"en":{"language":"en","value":"Alex Example"}}', '{}'), /entity Q999000003: labels has no "en"/],
  ])('rejects %s, naming the record', (_name, mutate, message) => {
    const text = mutate(readFileSync(fixture('wikidata-dump-slice.json'), 'utf8'));
    expect(() => importWikidata(text)).toThrow(message);
  });

  it('rejects an ownership cycle with the validator message', () => {
    const doc = json('wikidata-entitydata.json');
    doc.entities.Q999000002.claims.P127 = doc.entities.Q999000001.claims.P127.map((s: any) => ({
      ...s,
      mainsnak: { ...s.mainsnak, datavalue: { type: 'wikibase-entityid', value: { 'entity-type': 'item', 'numeric-id': 999000001, id: 'Q999000001' } } },
    }));
    expect(() => importWikidata(JSON.stringify(doc))).toThrow(/entities\[\d\] \(wd:q99900000\d\)\.owner: ownership cycle/);
  });
});

describe('pack import commands', () => {
  it('write a valid pack to --out, and exit 1 naming the record on bad input', () => {
    const dir = mkdtempSync(join(tmpdir(), 'backstory-import-'));
    const out = join(dir, 'checks.json');
    const ok = cli('pack', 'import-claimreview', fixture('factcheck-api.json'), '--out', out, '--id', 'my-checks');
    expect(ok.status).toBe(0);
    expect(cli('pack', 'validate', out).stdout).toMatch(/valid pack my-checks 1\.0\.0/);

    const wd = cli('pack', 'import-wikidata', fixture('wikidata-dump-slice.json'));
    expect(wd.status).toBe(0);
    expect(JSON.parse(wd.stdout).entities).toHaveLength(4);

    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ claims: [{ text: 'x', claimReview: [{ url: 'https://a.example/1', textualRating: 'False' }] }] }));
    const r = cli('pack', 'import-claimreview', bad);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/claims\[0\]\.claimReview\[0\] \(https:\/\/a\.example\/1\): publisher\.name is missing/);
    expect(r.stdout).toBe('');
  });
});
