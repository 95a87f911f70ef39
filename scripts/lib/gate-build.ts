import { buildSync } from 'esbuild';
import { join } from 'node:path';
import type { GatePattern } from '../../src/article/gate';
import { repoRoot } from './paths';

/**
 * A site's gate (src/content/gate-script.ts) as one small classic script with the site's pattern written in.
 * Built by esbuild rather than as a WXT entrypoint: WXT wraps each script in its runtime, and in a page
 * of a supported site that is no article, that wrapper cost about as much as the gate's own work.
 */
export function buildGate(pattern: GatePattern): string {
  const { outputFiles } = buildSync({
    entryPoints: [join(repoRoot, 'src', 'content', 'gate-script.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    target: 'es2022',
    legalComments: 'none',
    define: { __ARTICLE_PATHS__: JSON.stringify(pattern) },
  });
  return outputFiles[0]!.text;
}
