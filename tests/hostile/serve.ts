/**
 * Writes the hostile pages to a temporary directory (with the demo site's stylesheet) and serves them
 * with the fixture server under the news host, so the production match patterns apply to them.
 */
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newsUrl } from '../../scripts/lib/demo-site';
import { startFixtureServer, type FixtureServer } from '../../scripts/lib/fixture-server';
import { demoSiteDir } from '../../scripts/lib/paths';
import type { HostilePage } from './corpus';

export interface HostileSite {
  server: FixtureServer;
  /** The directory the pages were written to, one `<slug>.html` each. */
  dir: string;
  urlOf(page: HostilePage): string;
  fileOf(page: HostilePage): string;
  close(): Promise<void>;
}

/** Writes every page as `<slug>.html` into `dir`; answers the file names by slug. */
export async function writePages(pages: HostilePage[], dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const page of pages) {
    const file = join(dir, `${page.slug}.html`);
    await writeFile(file, page.html(newsUrl(page.path)));
    files.set(page.slug, file);
  }
  return files;
}

export async function startHostileSite(pages: HostilePage[]): Promise<HostileSite> {
  const dir = await mkdtemp(join(tmpdir(), 'backstory-hostile-'));
  try {
    await mkdir(join(dir, 'assets'));
    await copyFile(join(demoSiteDir, 'assets', 'site.css'), join(dir, 'assets', 'site.css'));
    const files = await writePages(pages, dir);
    // The server routes by path without the query (and browsers never send the fragment).
    const routes = Object.fromEntries(pages.map((p) => [new URL(newsUrl(p.path)).pathname, `${p.slug}.html`]));
    const server = await startFixtureServer({ root: dir, routes });
    return {
      server,
      dir,
      urlOf: (page) => newsUrl(page.path),
      fileOf: (page) => files.get(page.slug)!,
      async close() {
        await server.close();
        await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (e) {
    await rm(dir, { recursive: true, force: true });
    throw e;
  }
}
