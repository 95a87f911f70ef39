/**
 * `npm run test:e2e`: the end-to-end suites (vitest.e2e.config.ts) against the existing builds, then one
 * plain summary line `N passed, N failed` for CI. Exits non-zero on any failure (or a missing build).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../../scripts/lib/paths';

const dir = mkdtempSync(join(tmpdir(), 'backstory-e2e-'));
const report = join(dir, 'report.json');
const r = spawnSync(
  join(repoRoot, 'node_modules', '.bin', 'vitest'),
  ['run', '--config', 'vitest.e2e.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)],
  { cwd: repoRoot, stdio: 'inherit' },
);
let passed = 0;
let failed = 0;
try {
  const json = JSON.parse(readFileSync(report, 'utf8')) as { numPassedTests: number; numFailedTests: number };
  passed = json.numPassedTests;
  failed = json.numFailedTests;
} catch {
  failed = Math.max(1, failed); // no report: the run itself failed (e.g. a missing build)
}
rmSync(dir, { recursive: true, force: true });
console.log(`${passed} passed, ${failed} failed`);
process.exit(r.status === 0 && failed === 0 ? 0 : 1);
