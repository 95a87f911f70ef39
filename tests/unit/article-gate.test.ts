// @vitest-environment node
/**
 * The gate in every page of a supported site (src/article/gate.ts) against full detection: it may only
 * give up where detection gives up, and outside a site's article URLs it must agree with it exactly.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { detectArticle, siteAdapters } from '../../src/article';
import { matchesArticlePath, pathOf } from '../../src/article/article-urls';
import { mayBeArticle, siteUrls } from '../../src/article/gate';
import { referenceArticleHtml } from '../../scripts/lib/demo-site';

const sites = siteUrls(siteAdapters);
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

  it('never gives up on a page that detection takes for an article, and agrees with it outside article URLs', () => {
    let checked = 0;
    let gaveUp = 0;
    for (const [name, html] of pages) {
      const page = doc(html);
      for (const address of addresses(html)) {
        const url = new URL(address);
        const gate = mayBeArticle(page, url, sites);
        const detected = detectArticle(page, address);
        if (detected.isArticle) expect(gate, `${name} at ${address}`).toBe(true);
        const adapter = siteAdapters.find((a) => a.hosts.some((h) => url.hostname.endsWith(h)));
        if (adapter?.articlePaths?.length && !matchesArticlePath(adapter, pathOf(url))) {
          expect(gate, `${name} at ${address}: ${detected.reason}`).toBe(detected.isArticle);
        }
        checked++;
        if (!gate) gaveUp++;
      }
    }
    // Pages without article JSON-LD at section addresses: the gate gives up on thousands of them.
    expect(checked).toBeGreaterThan(10_000);
    expect(gaveUp).toBeGreaterThan(2_000);
  });

  it('gives up on a section front whose JSON-LD lists articles, and on a search page', () => {
    const section = readFileSync(`${fixtures}pages/guardian-section.html`, 'utf8');
    expect(mayBeArticle(doc(section), new URL('https://www.theguardian.com/world'), sites)).toBe(false);
    const search = readFileSync(`${fixtures}pages/search-results.html`, 'utf8');
    expect(mayBeArticle(doc(search), new URL('https://www.theguardian.com/search?q=ferry'), sites)).toBe(false);
  });

  it('lets through an article URL without looking at the page, and an article outside the article URLs by its JSON-LD', () => {
    const empty = doc('<!doctype html><title>x</title>');
    expect(mayBeArticle(empty, new URL('https://www.theguardian.com/world/2024/mar/05/a-story'), sites)).toBe(true);
    const reference = referenceArticleHtml();
    expect(mayBeArticle(doc(reference), new URL('https://www.pinknews.co.uk/some-story-moved/'), sites)).toBe(true);
    expect(detectArticle(doc(reference), 'https://www.pinknews.co.uk/some-story-moved/').isArticle).toBe(true);
  });

  it('before the page is parsed, decides from the address alone', () => {
    expect(mayBeArticle(null, new URL('https://www.theguardian.com/world/2024/mar/05/a-story'), sites)).toBe(true);
    expect(mayBeArticle(null, new URL('https://www.theguardian.com/world'), sites)).toBe(false);
    expect(mayBeArticle(null, new URL('https://news.example/world/'), sites)).toBe(true);
  });

  it('leaves sites it has no article URLs for to full detection', () => {
    const empty = doc('<!doctype html><title>x</title>');
    expect(mayBeArticle(empty, new URL('https://news.example/world/'), sites)).toBe(true);
    expect(mayBeArticle(empty, new URL('https://www.theguardian.com/world'), [{ hosts: ['theguardian.com'] }])).toBe(true);
  });

  it('never throws: a broken document or address means "let full detection decide" or "no JSON-LD"', () => {
    const throwing = new Proxy({}, { get: () => { throw new Error('detached'); } }) as Document;
    expect(mayBeArticle(throwing, new URL('https://www.theguardian.com/world'), sites)).toBe(false);
    expect(detectArticle(throwing, 'https://www.theguardian.com/world').isArticle).toBe(false);
    expect(mayBeArticle(doc('<p>x'), { hostname: undefined, pathname: '/' } as unknown as URL, sites)).toBe(true);
    // A path that does not decode is matched as it is.
    expect(mayBeArticle(doc('<p>x'), new URL('https://www.theguardian.com/%E0%A4%A'), sites)).toBe(false);
  });
});
