// @vitest-environment node
/**
 * The sites' gates (src/article/gate.ts, one per site with its pattern written in) against full
 * detection: each reads the address alone, never gives up on an article at one of its site's article
 * URLs, and gives up on exactly the addresses outside them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { adapterForUrl, detectArticle, siteAdapters } from '../../src/article';
import { matchesArticlePath, pathOf } from '../../src/article/article-urls';
import { mayBeArticlePath } from '../../src/article/gate';
import { gatePattern } from '../../src/article/path-pattern';
import { referenceArticleHtml } from '../../scripts/lib/demo-site';

/** Each site's gate pattern, compiled once as the build does. */
const gatePatterns = new Map(siteAdapters.map((adapter) => [adapter, gatePattern(adapter)]));

/** What the gate of the site at `address` answers: the browser puts a site's gate only into that site's pages. */
function gateAt(address: string): boolean {
  const adapter = adapterForUrl(address);
  if (!adapter) throw new Error(`no site's gate runs at ${address}`);
  return mayBeArticlePath(new URL(address), gatePatterns.get(adapter)!);
}
const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
const pages: [string, string][] = [
  ['reference article', referenceArticleHtml()],
  ...['pages', 'demo-site', 'demo-site/articles'].flatMap((dir) =>
    readdirSync(`${fixtures}${dir}`)
      .filter((f) => f.endsWith('.html'))
      .map((f): [string, string] => [`${dir}/${f}`, readFileSync(`${fixtures}${dir}/${f}`, 'utf8')]),
  ),
];
const doc = (html: string) => parseHTML(html).document as unknown as Document;
const canonical = (html: string) => /<link rel="canonical" href="(https?:[^"]+)"/.exec(html)?.[1];

/** Each page at its own address and at non-article addresses of every supported site. */
function addresses(html: string): string[] {
  const own = canonical(html);
  const fronts = siteAdapters.flatMap((a) => ['/', '/world/', '/search?q=ferry', '/tag/housing/'].map((p) => `https://www.${a.hosts[0]}${p}`));
  return own ? [own, ...fronts] : fronts;
}

describe('the gate', () => {
  it('has fixture pages of every kind to judge', () => {
    expect(pages.length).toBeGreaterThan(55);
  });

  it("never gives up on an article at its site's article URLs, and gives up on every address outside them", () => {
    let articles = 0;
    let gaveUp = 0;
    for (const [name, html] of pages) {
      for (const address of addresses(html)) {
        const url = new URL(address);
        const adapter = adapterForUrl(address);
        if (!adapter) continue;
        const gate = gateAt(address);
        const atArticleUrl = matchesArticlePath(adapter, pathOf(url));
        expect(gate, `${name} at ${address}`).toBe(atArticleUrl);
        if (atArticleUrl && detectArticle(doc(html), address).isArticle) articles++;
        if (!gate) gaveUp++;
      }
    }
    expect(articles).toBeGreaterThan(45);
    expect(gaveUp).toBeGreaterThan(10_000);
  });

  it("puts one gate into a page: no site's host is another's, nor inside another's", () => {
    const hosts = siteAdapters.flatMap((a) => a.hosts.map((host) => [host, a.id] as const));
    for (const [host, id] of hosts) {
      const others = hosts.filter(([other, otherId]) => otherId !== id && (host === other || host.endsWith(`.${other}`)));
      expect(others, host).toEqual([]);
    }
  });

  it('gives up on a section front and a search page of a supported site, whatever their JSON-LD says', () => {
    expect(gateAt('https://www.theguardian.com/world')).toBe(false);
    expect(gateAt('https://www.theguardian.com/search?q=ferry')).toBe(false);
    expect(gateAt('https://www.theguardian.com/world/2024/mar/05/a-story')).toBe(true);
  });

  it('leaves an article at an address its adapter does not know to the reader: detection would take it, the gate does not load for it', () => {
    const moved = 'https://www.pinknews.co.uk/some-story-moved/';
    expect(gateAt(moved)).toBe(false);
    expect(detectArticle(doc(referenceArticleHtml()), moved).isArticle).toBe(true);
  });

  it('leaves a site with no article URLs to full detection, and tests a pattern it cannot read with a RegExp', () => {
    expect(mayBeArticlePath(new URL('https://news.example/world/'), gatePattern({}))).toBe(true);
    const unread = gatePattern({ articlePaths: ['^/(?!live/)[a-z]+/\\d+'] });
    expect(typeof unread).toBe('string');
    expect(mayBeArticlePath(new URL('https://news.example/world/12'), unread)).toBe(true);
    expect(mayBeArticlePath(new URL('https://news.example/live/12'), unread)).toBe(false);
  });

  it('never throws: a bad pattern leaves the page to full detection, and a path that does not decode is matched as it is', () => {
    expect(mayBeArticlePath(new URL('https://news.example/world'), '(')).toBe(true);
    expect(gateAt('https://www.theguardian.com/%E0%A4%A')).toBe(false);
    expect(gateAt('https://www.theguardian.com/world/2024/mar/05/caf%C3%A9-%E0%A4%A')).toBe(true);
  });
});
