// @vitest-environment node
/**
 * Property-based fuzzing of detection + extraction (fast-check, fixed seeds so every failure replays):
 * random HTML trees with random attributes, JSON-LD fragments and news-like text with quotes, numbers,
 * names and odd unicode, parsed with linkedom and run through analyzePage and extract. No run may throw
 * or take longer than its bound. 10 batches of 1,000 documents, so a CI log shows which batch failed.
 */
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzePage } from '../../src/article';
import { extract } from '../../src/extract';

const BATCHES = 10;
const PER_BATCH = 1_000;
const SEED = 0x6ac5707;
/** One document, parse to extraction; far above the typical ~1 ms, far below a stall. */
const RUN_BOUND_MS = 1_500;

const WORDS = ['Amnesty', 'International', 'Reuters', 'Reuter\u0455', 'Putin', 'said', 'told', 'the', 'police', 'at least', 'more than', 'about', 'people', 'per cent', '%', '£', '$', 'million', 'Mr', 'Dr.', 'U.S.', 'according to', 'Human Rights Watch', 'BBC', 'Moscow', 'Ms', 'O’Brien', 'van der', 'al-', 'Jean-Luc'];
const PUNCT = ['“', '”', '"', '‘', '’', "'", '«', '»', '„', '—', '–', '-', ',', '.', ':', ';', '!', '?', '(', ')', '…', '\n', '\n\n', ' '];
const ODD = ['\u200B', '\u200D', '\uFEFF', '\u00AD', '\u202E', '\u2066', '\u0000', '\uD800', '\uDFFF', '\uFFFE', '\u0301', '🕊️', '👩‍👩‍👧', '人权', 'Право', 'حقوق', '१२', '٣', 'Ⅻ', '½', '1,000', '1.5', '10 000', '-3', '2024'];

const token = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...PUNCT) },
  { weight: 2, arbitrary: fc.integer({ min: -1_000_000, max: 1_000_000_000 }).map(String) },
  { weight: 1, arbitrary: fc.constantFrom(...ODD) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
);
/** News-like text: names, quotes, numbers, punctuation and odd unicode, space-joined. */
const newsText = fc.array(token, { maxLength: 60 }).map((ts) => ts.join(' '));

const TAGS = ['p', 'div', 'span', 'article', 'main', 'section', 'h1', 'h2', 'blockquote', 'li', 'ul', 'a', 'time', 'figure', 'figcaption', 'aside', 'nav', 'script', 'style', 'template', 'iframe', 'svg', 'table', 'td', 'br', 'img', 'meta', 'b', 'x-custom'];
const ATTRS = ['class', 'id', 'itemprop', 'itemtype', 'itemscope', 'hidden', 'aria-hidden', 'style', 'rel', 'datetime', 'content', 'property', 'name', 'href', 'data-component', 'role', 'lang', 'dir'];
const attrValue = fc.oneof(
  fc.constantFrom('articleBody', 'author', 'byline', 'related', 'ad-slot', 'headline', 'datePublished', 'https://schema.org/NewsArticle', 'display:none', 'author', 'canonical', 'og:title', 'article:published_time', '2024-05-01', 'javascript:alert(1)', 'main'),
  fc.string({ maxLength: 20 }),
);
const attrs = fc.array(fc.tuple(fc.constantFrom(...ATTRS), attrValue), { maxLength: 4 });

const escText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const escAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** A random element tree, as markup (unclosed and misnested tags are part of the fun: the parser fixes them). */
const { node } = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    newsText.map(escText),
    fc.record({ tag: fc.constantFrom(...TAGS), attrs, children: fc.array(tie('node'), { maxLength: 5 }), close: fc.boolean() }).map(
      ({ tag, attrs: as, children, close }) => `<${tag}${as.map(([k, v]) => ` ${k}="${escAttr(v)}"`).join('')}>${children.join('')}${close ? `</${tag}>` : ''}`,
    ),
  ),
}));

const LD_TYPES = ['NewsArticle', 'Article', 'ReportageNewsArticle', 'LiveBlogPosting', 'WebPage', 'BlogPosting', 'ShortStory', 'Person', 'NewsMediaOrganization', ''];
/** JSON-LD: article-shaped objects with random field values, arbitrary JSON, @graph wrappers, or broken text. */
const jsonLd = fc.oneof(
  fc
    .record(
      {
        '@type': fc.oneof(fc.constantFrom(...LD_TYPES), fc.array(fc.constantFrom(...LD_TYPES), { maxLength: 3 })),
        headline: fc.oneof(newsText, fc.jsonValue()),
        author: fc.oneof(newsText, fc.array(fc.record({ '@type': fc.constantFrom('Person', 'Organization'), name: newsText }), { maxLength: 3 }), fc.jsonValue()),
        datePublished: fc.oneof(fc.constantFrom('2024-05-01T09:00:00Z', '1 May 2024', 'yesterday', ''), fc.string()),
        articleBody: fc.array(newsText, { maxLength: 12 }).map((ps) => ps.join('\n\n')),
        publisher: fc.oneof(newsText, fc.record({ name: newsText, '@id': fc.string({ maxLength: 8 }) })),
        inLanguage: fc.oneof(fc.constantFrom('en', 'en-GB', 'ru', 'English'), fc.string()),
      },
      { requiredKeys: ['@type'] },
    )
    .map((o) => JSON.stringify(o)),
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify({ '@graph': [v, { '@type': 'NewsArticle', headline: 'x' }] })),
  fc.string({ maxLength: 40 }),
);

const URLS = [
  'https://www.pinknews.co.uk/2024/05/01/a-story-about-something/',
  'https://www.theguardian.com/world/2024/may/01/a-story',
  'https://www.bbc.co.uk/news/world-europe-12345678',
  'https://www.reuters.com/world/',
  'https://example.org/blog/post',
  'https://en.wikipedia.org/wiki/News',
  'not a url',
  null,
];

const documentArb = fc.record({
  url: fc.constantFrom(...URLS),
  lang: fc.oneof(fc.constantFrom('en', 'ru', 'ar', ''), fc.string({ maxLength: 10 })),
  title: newsText,
  metas: fc.array(fc.tuple(fc.constantFrom('og:type', 'og:title', 'og:site_name', 'article:published_time', 'author', 'description', 'og:url', 'generator'), newsText), { maxLength: 5 }),
  ld: fc.array(jsonLd, { maxLength: 3 }),
  body: fc.array(node, { maxLength: 8 }),
  paragraphs: fc.array(newsText, { maxLength: 10 }),
});

type Doc = typeof documentArb extends fc.Arbitrary<infer T> ? T : never;

function html(d: Doc): string {
  return `<!doctype html><html lang="${escAttr(d.lang)}"><head><title>${escText(d.title)}</title>${d.metas
    .map(([k, v]) => `<meta property="${k}" name="${k}" content="${escAttr(v)}">`)
    .join('')}${d.ld.map((j) => `<script type="application/ld+json">${j.replace(/</g, '\\u003c')}</script>`).join('')}</head><body><article><h1>${escText(d.title)}</h1>${d.paragraphs
    .map((p) => `<p>${escText(p)}</p>`)
    .join('')}${d.body.join('')}</article></body></html>`;
}

let runs = 0;
let worst = { ms: 0, batch: -1 };

afterAll(() => console.log(`fuzzed ${runs} documents through analyzePage + extract; worst run ${worst.ms.toFixed(1)} ms (batch ${worst.batch})`));

describe('fuzzed documents through detection and extraction', () => {
  it.each(Array.from({ length: BATCHES }, (_, i) => i))('batch %i: 1,000 documents, no throw, each within the bound', (batch) => {
    fc.assert(
      fc.property(documentArb, (d) => {
        const started = performance.now();
        const { document } = parseHTML(html(d));
        const { detection, article } = analyzePage(document as unknown as Document, d.url);
        expect(typeof detection.reason).toBe('string');
        if (article) {
          const { mentions, claims } = extract(article.text);
          const inText = (s: { start: number; end: number }) => s.start >= 0 && s.start <= s.end && s.end <= article.text.length;
          for (const m of mentions) expect(m.spans.every(inText), `spans of ${m.name}`).toBe(true);
          for (const c of claims) expect(inText(c.span), `span of ${c.text}`).toBe(true);
        }
        const ms = performance.now() - started;
        runs++;
        if (ms > worst.ms) worst = { ms, batch };
        expect(ms).toBeLessThan(RUN_BOUND_MS);
      }),
      { seed: SEED + batch, numRuns: PER_BATCH },
    );
  }, 120_000);
});
