// @vitest-environment node
/**
 * The manifest's include_globs for the supported sites' article URLs (src/article/article-globs.ts):
 * wherever a site's article path pattern accepts an address, its globs do too (else an article would
 * get no gate), and they refuse the site's fronts, sections and search pages, where no script should run.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { siteAdapters, supportedMatchPatterns } from '../../src/article';
import { articleGlobs, gateTarget } from '../../src/article/article-globs';
import { matchesArticlePath, pathOf } from '../../src/article/article-urls';
import { referenceArticleHtml } from '../../scripts/lib/demo-site';

/** A glob as the browsers read it: `*` any run of characters, `?` one, against the whole URL. */
function globMatches(glob: string, url: string): boolean {
  const source = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^]*').replace(/\?/g, '[^]');
  return new RegExp(`^${source}$`).test(url);
}
const anyGlob = (globs: string[], url: string) => globs.some((g) => globMatches(g, url));

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
const canonicals = [
  referenceArticleHtml(),
  ...['pages', 'demo-site', 'demo-site/articles'].flatMap((dir) =>
    readdirSync(`${fixtures}${dir}`)
      .filter((f) => f.endsWith('.html'))
      .map((f) => readFileSync(`${fixtures}${dir}/${f}`, 'utf8')),
  ),
].flatMap((html) => /<link rel="canonical" href="(https?:[^"]+)"/.exec(html)?.[1] ?? []);

/** Article-looking and other paths, each tried on every host of every site, bare and with "www." and a query. */
const PATHS = [
  '/', '/world/', '/news/', '/search?q=ferry', '/tag/housing/', '/live/', '/video/', '/news/world/',
  '/2024/03/05/a-story/', '/2024/3/5/a-story', '/news/2024/03/05/a-story', '/article/ferry-pier', '/articles/c0ffee12',
  '/news/world-12345678', '/news/uk-politics-68432109', '/world/2024/mar/05/a-story', '/news/articles/2024-03-05/copper',
  '/de/rhein-f%C3%A4hren/a-68432109', '/content/6f2b4c1a-3d5e-4f70-8a9b-0c1d2e3f4a5b', '/story/a-fire-12345',
  '/politik/ausland/ein-text-a-1a2b3c4d-0000', '/entry/a-story_n_123', '/a-story-a1b2.html', '/news/a-story-123.html',
  '/en/france/20240305-paris-road', '/opinion/2024/03/05/a-column/?utm_source=x#top', '/ty-article/0000-1111',
];

function addresses(): string[] {
  const all = [...canonicals];
  for (const adapter of siteAdapters) {
    for (const host of adapter.hosts) {
      for (const path of PATHS) all.push(`https://${host}${path}`, `https://www.${host}${path}`);
    }
  }
  return all;
}

describe('article URL globs', () => {
  it('accept every address whose path its site pattern accepts, and refuse most of the rest', () => {
    let articles = 0;
    let refused = 0;
    for (const address of addresses()) {
      const url = new URL(address);
      const adapter = siteAdapters.find((a) => a.hosts.some((h) => url.hostname === h || url.hostname.endsWith(`.${h}`)));
      const globs = adapter && articleGlobs(adapter);
      if (!adapter || !globs) continue;
      const article = matchesArticlePath(adapter, pathOf(url));
      const accepted = anyGlob(globs, url.href);
      if (article) {
        expect(accepted, `${adapter.id}: ${url.href}`).toBe(true);
        articles++;
      } else if (!accepted) refused++;
    }
    expect(articles).toBeGreaterThan(150);
    expect(refused).toBeGreaterThan(2_000);
  });

  it("refuse every site's front page, and its section, search and tag pages where its pattern does", () => {
    for (const adapter of siteAdapters) {
      const globs = articleGlobs(adapter);
      expect(globs, adapter.id).not.toBeNull();
      for (const path of ['/', '/world/', '/search?q=ferry', '/tag/housing/']) {
        const url = new URL(`https://www.${adapter.hosts[0]}${path}`);
        if (path !== '/' && matchesArticlePath(adapter, pathOf(url))) continue;
        expect(anyGlob(globs!, url.href), `${adapter.id}${path}`).toBe(false);
      }
    }
  });

  it('say exactly what a glob can say, and stay wider where it cannot', () => {
    const only = (articlePaths: string[]) => articleGlobs({ hosts: ['news.example'], articlePaths })!.filter((g) => !g.includes('*.news.example'));
    expect(only(['^/\\d{4}/\\d{2}/\\d{2}/.+'])).toEqual(['*://news.example/????/??/??/?*']);
    expect(only(['^/(?:news|sport)/article/'])).toEqual(['*://news.example/news/article/*', '*://news.example/sport/article/*']);
    expect(only(['^/(?:en/)?story/[a-z0-9-]+$'])).toEqual(['*://news.example/story/?*', '*://news.example/en/story/?*']);
    // A repeated group, an encoded-or-not character and an unanchored pattern: wider, never narrower.
    expect(only(['^/(?:[a-z-]+/)*[a-z-]+-\\d{6,}'])).toEqual(['*://news.example/*?*-??????*']);
    expect(only(['^/[^/]{3}/x'])).toEqual(['*://news.example/?*?*?*/x*']);
    expect(only(['/article-\\d+\\.html$'])).toEqual(['*://news.example*/article-?*.html*']);
    // The pattern reads the decoded path, the glob the address: "é" is "%C3%A9" there.
    const cafe = articleGlobs({ hosts: ['news.example'], articlePaths: ['^/caf./[^/]{4}$'] })!;
    expect(anyGlob(cafe, new URL('https://news.example/café/menü').href)).toBe(true);
    // Subdomains get the same paths.
    expect(articleGlobs({ hosts: ['news.example'], articlePaths: ['^/a/'] })).toEqual(['*://news.example/a/*', '*://*.news.example/a/*']);
  });

  it('give up (the gate then runs on every page of the site) on what a glob cannot stand for', () => {
    for (const pattern of ['^/(\\d+)/\\1', '^/(?!live)[a-z]+/\\d+', '^/news\\b', '^/a\\?b', '^/(?:a|^b)/', '^/' + '(?:a|b)'.repeat(5)]) {
      expect(articleGlobs({ hosts: ['news.example'], articlePaths: [pattern] }), pattern).toBeNull();
    }
    expect(articleGlobs({ hosts: ['news.example'] })).toBeNull();
    expect(articleGlobs({ hosts: ['news.example'], articlePaths: [] })).toBeNull();
  });

  it('anchor each alternative of a pattern on its own', () => {
    const globs = articleGlobs({ hosts: ['news.example'], articlePaths: ['^/story/|/video/'] })!;
    expect(globs.filter((g) => !g.includes('*.news.example'))).toEqual(['*://news.example/story/*', '*://news.example*/video/*']);
  });

  it("put each site's gate on the site's pages, narrowed where globs can say its article URLs", () => {
    const narrowed = { hosts: ['a.example'], articlePaths: ['^/story/'] };
    const open = { hosts: ['b.example'], articlePaths: ['^/(\\d+)/'] };
    expect(gateTarget(narrowed as never)).toEqual({ matches: ['*://a.example/*', '*://*.a.example/*'], include_globs: ['*://a.example/story/*', '*://*.a.example/story/*'] });
    expect(gateTarget(open as never)).toEqual({ matches: ['*://b.example/*', '*://*.b.example/*'] });
    const targets = siteAdapters.map(gateTarget);
    expect(targets.flatMap((t) => t.matches).sort()).toEqual(supportedMatchPatterns().sort());
    expect(targets.every((t) => t.include_globs !== undefined)).toBe(true);
  });
});
