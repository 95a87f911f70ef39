// `npm run bench`: every benchmark, each reported as a ratio against a baseline measured in the same run.
// The cache, UI and content-script benchmarks drive the built extension in Chromium: run `npm run build` first.
import { execFileSync } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { benchCache } from './cache';
import { benchContentScript } from './content-script';
import { benchExtraction } from './extraction';
import { benchUi } from './ui';

// Absolute figures move with the machine and the browser build (Chromium 150 and 156 on one machine gave a sidebar
// outline of 310 and 182 ms): printed first, so runs on different machines can be told apart.
const chromium = (() => {
  try {
    return execFileSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'Chromium not found';
  }
})();
console.log(`Machine: Node ${process.version}, ${chromium}, ${availableParallelism()} cores, load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);

await benchExtraction();
await benchCache();
await benchUi();
await benchContentScript();
