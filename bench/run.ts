// `npm run bench`: every benchmark, each reported as a ratio against a baseline measured in the same run.
import { benchCache } from './cache';
import { benchExtraction } from './extraction';

benchExtraction();
await benchCache();
