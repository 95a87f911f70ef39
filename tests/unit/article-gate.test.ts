// @vitest-environment node
/**
 * The gate in the pages of a supported site (src/article/gate.ts) against full detection: it reads
 * the address alone, never gives up on an article at one of its site's article URLs, and gives up on
 * exactly the addresses outside them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { detectArticle, siteAdapters } from '../../src/article';
import { matchesArticlePath, pathOf } from '../../src/article/article-urls';
import { articleUrlTable, mayBeArticleUrl } from '../../src/article/gate';
import { referenceArticleHtml } from '../../scripts/lib/demo-site';

const table = articleUrlTable(siteAdapters);
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
        const gate = mayBeArticleUrl(url, table);
        const adapter = siteAdapters.find((a) => a.hosts.some((h) => url.hostname === h || url.hostname.endsWith(`.${h}`)));
        const atArticleUrl = !adapter?.articlePaths?.length || matchesArticlePath(adapter, pathOf(url));
        expect(gate, `${name} at ${address}`).toBe(atArticleUrl);
        if (atArticleUrl && detectArticle(doc(html), address).isArticle) articles++;
        if (!gate) gaveUp++;
      }
    }
    expect(articles).toBeGreaterThan(45);
    expect(gaveUp).toBeGreaterThan(10_000);
  });

  it('has one entry for each host of every site, whose pattern matches what the adapter matches', () => {
    for (const adapter of siteAdapters) {
      for (const host of adapter.hosts) {
        expect(table.split('\n').filter((line) => line.startsWith(`${host} `)), host).toHaveLength(1);
        for (const path of ['/', '/world/', '/2024/03/05/a-story/', '/article/ferry-pier', '/news/world-12345678']) {
          expect(mayBeArticleUrl({ hostname: `www.${host}`, pathname: path }, table), `${host}${path}`).toBe(matchesArticlePath(adapter, path));
        }
      }
    }
  });

  it('gives up on a section front and a search page of a supported site, whatever their JSON-LD says', () => {
    expect(mayBeArticleUrl(new URL('https://www.theguardian.com/world'), table)).toBe(false);
    expect(mayBeArticleUrl(new URL('https://www.theguardian.com/search?q=ferry'), table)).toBe(false);
    expect(mayBeArticleUrl(new URL('https://www.theguardian.com/world/2024/mar/05/a-story'), table)).toBe(true);
  });

  it('leaves an article at an address its adapter does not know to the reader: detection would take it, the gate does not load for it', () => {
    const moved = 'https://www.pinknews.co.uk/some-story-moved/';
    expect(mayBeArticleUrl(new URL(moved), table)).toBe(false);
    expect(detectArticle(doc(referenceArticleHtml()), moved).isArticle).toBe(true);
  });

  it('matches hosts case-insensitively and by parent domain, never by a longer name that merely ends alike', () => {
    expect(mayBeArticleUrl(new URL('https://EDITION.CNN.COM/world'), table)).toBe(false);
    expect(mayBeArticleUrl({ hostname: 'EDITION.CNN.COM', pathname: '/2024/03/05/world/a-story' }, table)).toBe(true);
    expect(mayBeArticleUrl(new URL('https://notcnn.com/world'), table)).toBe(true);
    // Nor by a part of a host or of a pattern.
    expect(mayBeArticleUrl(new URL('https://cnn/world'), table)).toBe(true);
    expect(mayBeArticleUrl(new URL('https://com/world'), table)).toBe(true);
  });

  it('leaves hosts it has no article URLs for to full detection', () => {
    expect(mayBeArticleUrl(new URL('https://news.example/world/'), table)).toBe(true);
    expect(mayBeArticleUrl(new URL('https://www.theguardian.com/world'), articleUrlTable([{ hosts: ['theguardian.com'] }]))).toBe(true);
  });

  it('never throws: an unreadable address or a bad pattern leaves the page to full detection', () => {
    expect(mayBeArticleUrl({ hostname: undefined, pathname: '/' } as unknown as URL, table)).toBe(true);
    expect(mayBeArticleUrl(new URL('https://www.theguardian.com/world'), '\ntheguardian.com (\n')).toBe(true);
    expect(() => articleUrlTable([{ hosts: ['news.example'], articlePaths: ['^/a\nb'] }])).toThrow(/line break/);
    // A path that does not decode is matched as it is.
    expect(mayBeArticleUrl(new URL('https://www.theguardian.com/%E0%A4%A'), table)).toBe(false);
    expect(mayBeArticleUrl(new URL('https://www.theguardian.com/world/2024/mar/05/caf%C3%A9-%E0%A4%A'), table)).toBe(true);
  });
});
