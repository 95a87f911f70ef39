/**
 * Audits the built manifests (run after `wxt build` and `wxt build -b firefox`, like the other e2e suites):
 * what Backstory may touch at install is exactly the supported news sites, nothing more.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { chromeBuildDir, firefoxBuildDir } from '../../scripts/lib/paths';
import { siteAdapters, supportedMatchPatterns } from '../../src/article/sites';
import { CONTENT_SCRIPT, gateScript } from '../../src/sites/script-files';

const builds = [
  ['chrome-mv3', chromeBuildDir],
  ['firefox-mv2', firefoxBuildDir],
] as const;

const FORBIDDEN_PERMISSIONS = ['tabs', 'history', 'webRequest', 'webRequestBlocking', 'cookies', 'debugger', 'management', 'nativeMessaging', 'clipboardRead', 'downloads'];
const isHostPattern = (p: string) => p === '<all_urls>' || p.includes('://');
const sorted = (xs: readonly string[]) => [...new Set(xs)].sort();

describe.each(builds)('manifest audit: %s', (_name, dir) => {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const mv3 = manifest.manifest_version === 3;
  const permissions: string[] = manifest.permissions ?? [];
  const installHosts = [...(manifest.host_permissions ?? []), ...permissions.filter(isHostPattern)];
  const contentMatches: string[] = (manifest.content_scripts ?? []).flatMap((c: { matches: string[] }) => c.matches);

  test('asks for no broad or sensitive permission at install', () => {
    expect(JSON.stringify({ permissions, host_permissions: manifest.host_permissions ?? [], content_scripts: manifest.content_scripts })).not.toContain('<all_urls>');
    expect(permissions.filter((p) => FORBIDDEN_PERMISSIONS.includes(p))).toEqual([]);
    // activeTab: reading a page at the reader's request reaches other sites only for the tab the popup was opened on.
    expect(sorted(permissions.filter((p) => !isHostPattern(p)))).toEqual(sorted(['storage', 'scripting', 'activeTab', ...(mv3 ? ['sidePanel'] : [])]));
  });

  test('reaches exactly the supported sites at install (content script matches and host permissions), and no host wider than them', () => {
    expect(sorted(contentMatches)).toEqual(sorted(supportedMatchPatterns()));
    // Only the sites' gates are declared, each at its own site's article URLs and packaged; the full script
    // (runtime registration in WXT) adds no host permission.
    const scripts = manifest.content_scripts as { matches: string[]; js: string[]; include_globs?: string[] }[];
    expect(scripts).toHaveLength(siteAdapters.length);
    for (const adapter of siteAdapters) {
      const script = scripts.find((s) => s.js.includes(gateScript(adapter.id)));
      expect(script?.js, adapter.id).toEqual([gateScript(adapter.id)]);
      expect(sorted(script!.matches)).toEqual(sorted(supportedMatchPatterns([adapter])));
      expect(script!.include_globs?.length).toBeGreaterThan(0);
      expect(existsSync(join(dir, gateScript(adapter.id))), adapter.id).toBe(true);
    }
    // Host permissions for the same sites let the popup load the full script into a page the gate passed over.
    expect(sorted(installHosts)).toEqual(sorted(supportedMatchPatterns()));
    for (const pattern of contentMatches) expect(pattern).toMatch(/^\*:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+\/\*$/);
  });

  test('sites the reader adds come through optional permissions only', () => {
    const optional = mv3 ? manifest.optional_host_permissions : manifest.optional_permissions;
    expect(optional).toEqual(['*://*/*']);
    if (mv3) expect(manifest.optional_permissions ?? []).toEqual([]);
  });

  test('the in-page sidebar and the full content script are web-accessible to the supported sites only (MV3); nothing else is exposed', () => {
    const war = manifest.web_accessible_resources;
    // The gate imports the full content script into the page's content-script world.
    if (mv3) {
      expect(war).toEqual([{ resources: ['sidepanel.html', CONTENT_SCRIPT], matches: supportedMatchPatterns() }]);
    } else {
      // MV2 has no per-site list: Firefox serves them under a random per-install origin.
      expect(war).toEqual(['sidepanel.html', CONTENT_SCRIPT]);
    }
    expect(manifest.externally_connectable).toBeUndefined();
  });

  test('no unsafe-eval, no remote code', () => {
    const csp = manifest.content_security_policy;
    const cspText = typeof csp === 'string' ? csp : JSON.stringify(csp ?? {});
    expect(cspText).not.toMatch(/unsafe-eval|unsafe-inline|https?:/);
    const scripts = [
      ...(manifest.background?.scripts ?? []),
      manifest.background?.service_worker,
      ...(manifest.content_scripts ?? []).flatMap((c: { js?: string[] }) => c.js ?? []),
    ].filter(Boolean);
    for (const file of scripts) expect(file).not.toMatch(/^(https?:)?\/\//);
    // Every HTML page loads only packaged scripts.
    for (const page of ['popup.html', 'sidepanel.html', 'options.html']) {
      const html = readFileSync(join(dir, page), 'utf8');
      const srcs = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!);
      expect(srcs.length, page).toBeGreaterThan(0);
      for (const src of srcs) expect(src, page).toMatch(/^\/(?!\/)/);
    }
  });
});
