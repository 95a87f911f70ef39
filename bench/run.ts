// `npm run bench`: every benchmark, each reported as a ratio against a baseline measured in the same run.
// The cache, UI and content-script benchmarks drive the built extension in Chromium: run `npm run build` first.
import { benchCache } from './cache';
import { benchContentScript } from './content-script';
import { benchExtraction } from './extraction';
import { benchUi } from './ui';

await benchExtraction();
await benchCache();
await benchUi();
await benchContentScript();
