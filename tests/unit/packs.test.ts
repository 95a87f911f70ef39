// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePack, validatePack, type Pack } from '../../src/packs';

const starterText = readFileSync(new URL('../../public/packs/starter.json', import.meta.url), 'utf8');

function minimalPack(): Pack {
  return {
    format: 'backstory-pack',
    formatVersion: 1,
    pack: { id: 'test', name: 'Test', version: '1.0.0', license: 'CC0', publisher: 'Tests', created: '2026-01-01' },
    entities: [
      { id: 'org:a', kind: 'organization', name: 'Alpha Group', aliases: ['Alpha'], description: 'A test organisation.', domains: [], ratings: [], source: 'https://example.org/a' },
    ],
    claims: [],
    corrections: [],
    reports: [],
    stories: [],
  };
}

describe('pack validation', () => {
  it('accepts the bundled starter pack with every gold source of the reference article', () => {
    const checked = parsePack(starterText);
    expect(checked.ok ? [] : checked.errors).toEqual([]);
    if (!checked.ok) return;
    const names = new Set(checked.pack.entities.flatMap((e) => [e.name, ...e.aliases]));
    for (const name of ['All Out', 'Novaya Gazeta', 'Russian LGBT Network', 'BuzzFeed', 'Human Rights Campaign', 'White House', 'G20', 'Enrique Torre Molina', 'Chad Griffin', 'Vladimir Putin', 'Donald Trump']) {
      expect(names, name).toContain(name);
    }
    expect(checked.pack.entities.every((e) => /^https?:\/\//.test(e.source))).toBe(true);
  });

  it('rejects text that is not JSON with a clear message', () => {
    const checked = parsePack('{"format": "backstory-pack",');
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.errors[0]).toMatch(/^pack: not valid JSON/);
  });

  it('names the record and field of a wrong type', () => {
    const pack = minimalPack() as unknown as { entities: Record<string, unknown>[] };
    pack.entities[0]!.founded = 'nineteen';
    const checked = validatePack(pack);
    expect(!checked.ok && checked.errors[0]).toMatch(/^entities\[0\] \(org:a\)\.founded: /);
  });

  it.each([
    ['javascript: URL', (p: Pack) => (p.entities[0]!.source = 'javascript:alert(1)'), /source: must be an http\(s\) URL/],
    ['HTML in a description', (p: Pack) => (p.entities[0]!.description = '<img src=x onerror=alert(1)>'), /description: must be plain text/],
    ['unknown format version', (p: Pack) => ((p as { formatVersion: number }).formatVersion = 99), /formatVersion/],
    ['missing id', (p: Pack) => delete (p.entities[0] as Partial<Pack['entities'][0]>).id, /entities\[0\]\.id/],
    ['50 MB string', (p: Pack) => (p.entities[0]!.description = 'x'.repeat(50 * 1024 * 1024)), /description/],
  ])('rejects %s', (_name, mutate, message) => {
    const pack = minimalPack();
    mutate(pack);
    const checked = validatePack(pack);
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.errors.join('\n')).toMatch(message);
  });

  it('rejects duplicate ids, dangling references and ownership cycles', () => {
    const pack = minimalPack();
    const b = { ...pack.entities[0]!, id: 'org:b', owner: 'org:c' };
    const c = { ...pack.entities[0]!, id: 'org:c', owner: 'org:b' };
    pack.entities.push({ ...pack.entities[0]! }, b, c);
    pack.reports.push({ id: 'r1', url: 'https://example.org/r', outlet: 'outlet:none', title: 'T', publishedAt: '2017-01-01', entityIds: [], figures: [] });
    const checked = validatePack(pack);
    const errors = !checked.ok ? checked.errors.join('\n') : '';
    expect(errors).toMatch(/entities\[1\] \(org:a\)\.id: duplicate id/);
    expect(errors).toMatch(/reports\[0\] \(r1\)\.outlet: unknown entity "outlet:none"/);
    expect(errors).toMatch(/ownership cycle/);
  });
});
