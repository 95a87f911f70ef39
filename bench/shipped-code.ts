import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { repoRoot } from '../scripts/lib/paths';

type Article = typeof import('../src/article');
type Extract = typeof import('../src/extract');
/** The parts of the pipeline the extraction benchmark times. */
export type ShippedPipeline = Pick<Article, 'analyzePage' | 'detectArticle'> & Pick<Extract, 'extract'>;

/**
 * Detection and extraction as the extension ships them: bundled and minified as its build does.
 * Imported through tsx instead, every function created at run time is wrapped to keep its name
 * (about a tenth of extract()'s time on long texts), a cost no reader ever pays.
 */
export async function loadShippedPipeline(): Promise<ShippedPipeline> {
  const dir = mkdtempSync(join(tmpdir(), 'backstory-bench-'));
  try {
    const outfile = join(dir, 'pipeline.mjs');
    await build({
      stdin: {
        contents: "export { analyzePage, detectArticle } from './src/article'; export { extract } from './src/extract';",
        resolveDir: repoRoot,
        loader: 'ts',
      },
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      target: 'es2022',
      minify: true,
      outfile,
      logLevel: 'error',
    });
    return (await import(pathToFileURL(outfile).href)) as ShippedPipeline;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
