// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const reference = resolve(root, '../shared/corpus/seed-chechnya/article.txt');
const fixture = (name: string) => join(root, 'tests/fixtures/pages', name);

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [join(root, 'bin/backstory.mjs'), ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return {
    code: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
    get lines() {
      return r.stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
    },
  };
}

describe('backstory extract', () => {
  it('prints one JSON line per file in argument order, with an error line for an unreadable file and exit 1', () => {
    const { code, lines } = cli('extract', reference, join(root, 'no-such-file.html'), fixture('bbc-home.html'), fixture('pinknews-article.html'));
    expect(code).toBe(1);
    expect(lines.map((l) => l.file)).toEqual([reference, join(root, 'no-such-file.html'), fixture('bbc-home.html'), fixture('pinknews-article.html')]);
    expect(lines[1].error).toMatch(/ENOENT|no such file/);
    expect(lines[2].isArticle).toBe(false);
    expect(lines[3]).toMatchObject({ isArticle: true, site: 'pinknews' });
    expect(lines[3].article.title).toBeTruthy();
    const ref = lines[0];
    expect(ref.isArticle).toBe(true);
    const names = ref.mentions.map((m: { name: string }) => m.name);
    expect(names).toEqual(expect.arrayContaining(['All Out', 'Novaya Gazeta', 'Enrique Torre Molina', 'Vladimir Putin']));
    const six = ref.claims.find((c: { kind: string; figures: { value: number }[] }) => c.kind === 'figure' && c.figures[0]?.value === 6);
    expect(six).toMatchObject({ attributedTo: 'Enrique Torre Molina', figures: [{ value: 6, comparator: '>=' }] });
  });

  it('exits 0 when every file was read', () => {
    expect(cli('extract', fixture('pinknews-article.html')).code).toBe(0);
  });

  it('rejects a binary or non-HTML file with a clear error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'backstory-cli-'));
    const bin = join(dir, 'image.html');
    writeFileSync(bin, Buffer.from([0, 1, 2, 3, 255, 254]));
    const { code, lines } = cli('extract', bin);
    expect(code).toBe(1);
    expect(lines[0].error).toMatch(/not an HTML document/);
  });

  it('prints usage and exits 2 without files', () => {
    const r = cli('extract');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/usage/);
  });
});

describe('backstory context', () => {
  it('shows the correction, the differing death tolls and the matched sources of the reference article', () => {
    const { code, lines } = cli('context', reference);
    expect(code).toBe(0);
    const ctx = lines[0];
    expect(ctx.corrections[0].text).toBe('Human Rights Council President Chad Griffin');
    expect(ctx.corrections[0].note).toMatch(/Human Rights Campaign/);
    const killed = ctx.discrepancies.find((d: { about: string }) => d.about === 'killed');
    const inArticle = killed.values.filter((v: { origin: string }) => v.origin === 'article');
    expect(inArticle.map((v: { value: number; attributedTo: string }) => [v.value, v.attributedTo])).toEqual([
      [3, 'Novaya Gazeta'],
      [6, 'Enrique Torre Molina'],
    ]);
    const bySource = Object.fromEntries(ctx.sources.map((s: { name: string; entityId: string }) => [s.name, s.entityId]));
    expect(bySource['Novaya Gazeta']).toBe('outlet:novaya-gazeta');
    expect(bySource['Enrique Torre Molina']).toBeTruthy();
    expect(ctx.related.length).toBeGreaterThan(3);
  });
  it('prints who reports a claim or a discrepancy value without being named', () => {
    const dir = mkdtempSync(join(tmpdir(), 'backstory-unnamed-'));
    const file = join(dir, 'floods.txt');
    writeFileSync(file, 'Authorities said at least 40 people died in the Kelmor floods.\nSome news organisations reported that 47 people were killed in the Kelmor floods.\n');
    const { code, lines } = cli('context', file);
    expect(code).toBe(0);
    const figures = lines[0].claims.filter((c: { kind: string }) => c.kind === 'figure');
    // Each description has a card, so its claim is credited to that card, the article's words kept (carded-reporters).
    expect(figures.map((c: { attributedTo: string | null; reportedBy: string | null }) => [c.attributedTo, c.reportedBy])).toEqual([
      ['Authorities', 'authorities'],
      ['Some news organisations', 'some news organisations'],
    ]);
    const killed = lines[0].discrepancies.find((d: { about: string }) => d.about === 'killed');
    expect(killed.values.map((v: { value: number; reportedBy: string | null }) => [v.value, v.reportedBy])).toEqual([
      [40, 'authorities'],
      [47, 'some news organisations'],
    ]);
  });
  it('says which sources the sidebar shows as cards, which known names it shows apart and which it only lists as named, with their roles', () => {
    const dir = mkdtempSync(join(tmpdir(), 'backstory-shown-'));
    const file = join(dir, 'storm.txt');
    writeFileSync(file, 'Tropical Storm Kelmor flooded the Ostra valley on Monday.\nMayor Anna Varn said at least 12 people had died.\nAid from the United Nations arrived on Tuesday.\n');
    const { code, lines } = cli('context', file);
    expect(code).toBe(0);
    const shown = Object.fromEntries(lines[0].sources.map((s: { name: string; shown: string; role: string | null }) => [s.name, [s.shown, s.role]]));
    expect(shown['Anna Varn']).toEqual(['card', 'Mayor']);
    expect(shown['Tropical Storm Kelmor']).toEqual(['alsoNamed', null]);
    // Known to the starter pack but only mentioned: a card of its own under "Also named".
    expect(shown['United Nations']).toEqual(['known', null]);
  });
  it('marks a body the article cites only by description with that description', () => {
    const dir = mkdtempSync(join(tmpdir(), 'backstory-described-'));
    const file = join(dir, 'flood.txt');
    writeFileSync(file, 'Floods hit the Ostra valley on Monday.\nThe health ministry said at least 12 people had died.\n');
    const { code, lines } = cli('context', file);
    expect(code).toBe(0);
    expect(lines[0].sources).toEqual([expect.objectContaining({ name: 'Health ministry', kind: 'government', shown: 'card', describedAs: 'the health ministry' })]);
  });
});

describe('backstory pack', () => {
  it('validates the starter pack and reports record/field errors for a broken one', () => {
    const ok = cli('pack', 'validate', join(root, 'public/packs/starter.json'));
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/valid pack backstory-starter/);
    const dir = mkdtempSync(join(tmpdir(), 'backstory-pack-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ format: 'backstory-pack', formatVersion: 1, pack: { id: 'x', name: 'X', version: '1', license: 'CC0', publisher: 'me', created: '2026-01-01' }, entities: [{ id: 'a', kind: 'person', name: 'A', description: 'd', source: 'javascript:alert(1)' }] }));
    const r = cli('pack', 'validate', bad);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/pack\.version: must be a semantic version/);
    expect(r.stderr).toMatch(/entities\[0\] \(a\)\.source: must be an http\(s\) URL/);
  });
});
