import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file lives in scripts/lib/). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const chromeBuildDir = join(repoRoot, '.output', 'chrome-mv3');
export const firefoxBuildDir = join(repoRoot, '.output', 'firefox-mv2');
export const demoSiteDir = join(repoRoot, 'tests', 'fixtures', 'demo-site');

/** The shared reference article (read at runtime, never copied into the project). */
export const referenceArticleTxt = resolve(repoRoot, '..', 'shared', 'corpus', 'seed-chechnya', 'article.txt');

/** Throws a clear error when a build is missing (the suites and the demo need both builds). */
export function assertBuilt(dir: string, buildCommand: string): void {
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`Extension build missing: ${dir}/manifest.json not found. Build first with \`${buildCommand}\`.`);
  }
}
