/** Is this page a news article? Cheap signals first; the body is only looked at as a last resort. */
import { adapterForUrl } from './sites';
import type { Detection, SiteAdapter } from './types';
import { attr, byTag, cleanText, metaMap, qa, tagOf } from './dom';
import { ARTICLE_TYPES, FICTION_GENRE, readJsonLd, type LdInfo } from './jsonld';
import { pageElements, type PageElements } from './page-elements';

/** Per-call state shared by detection and extraction, so nothing is parsed twice. */
export interface PageContext {
  doc: Document;
  url: string | null;
  parsedUrl: URL | null;
  path: string;
  host: string;
  adapter: SiteAdapter | null;
  ld(): LdInfo;
  meta(): Map<string, string>;
  /** Length of an element's cleaned text, read once per element (paragraph statistics ask it repeatedly). */
  textLength(el: Element): number;
  /** Scripts, <article>s, <main> and other elements looked up by several readers, found once. */
  elements(): PageElements;
}

export function makeContext(doc: Document, url: string | null): PageContext {
  let parsedUrl: URL | null = null;
  if (url) {
    try {
      parsedUrl = new URL(url);
    } catch {
      parsedUrl = null;
    }
  }
  let ld: LdInfo | undefined;
  let meta: Map<string, string> | undefined;
  let elements: PageElements | undefined;
  const lengths = new Map<Element, number>();
  let path = '/';
  try {
    path = parsedUrl ? decodeURIComponent(parsedUrl.pathname) : '/';
  } catch {
    path = parsedUrl?.pathname ?? '/';
  }
  return {
    doc,
    url,
    parsedUrl,
    path,
    host: parsedUrl ? parsedUrl.hostname.toLowerCase().replace(/^www\./, '') : '',
    adapter: adapterForUrl(url),
    ld: () => (ld ??= readJsonLd(doc, false, (elements ??= pageElements(doc)).scripts)),
    elements: () => (elements ??= pageElements(doc)),
    meta: () => (meta ??= metaMap(doc)),
    textLength: (el) => {
      let n = lengths.get(el);
      if (n === undefined) {
        n = cleanText(el.textContent).length;
        lengths.set(el, n);
      }
      return n;
    },
  };
}

const regexCache = new Map<string, RegExp | null>();
function compiled(source: string): RegExp | null {
  let re = regexCache.get(source);
  if (re === undefined) {
    try {
      re = new RegExp(source);
    } catch {
      re = null;
    }
    regexCache.set(source, re);
  }
  return re;
}

export function matchesArticlePath(adapter: SiteAdapter, path: string): boolean {
  return (adapter.articlePaths ?? []).some((src) => compiled(src)?.test(path) ?? false);
}

const FRONT_WORDS =
  'tags?|topics?|category|categories|section|sections|authors?|profiles?|contributors?|search|live|video|videos|watch|av|podcasts?|newsletters?|archives?|page|latest|most-read|subjects?';
const FRONT_PREFIX = new RegExp(`(?:^|/)(?:${FRONT_WORDS})(?:/|$)`);

/**
 * Why the URL path looks like a home page / section front / tag or search page, or null.
 * `strict` also rejects short word-only paths ("/news", "/world/middle-east"), which could
 * rarely be an article with a very short slug.
 */
export function sectionFrontReason(path: string, strict = true): string | null {
  const p = path
    .toLowerCase()
    .replace(/\/index\.(?:s?html?|php|aspx?)$/, '/')
    .replace(/\/+$/, '');
  if (p === '') return 'home page';
  const segs = p.split('/').filter(Boolean);
  const first = segs[0] ?? '';
  if (/^(?:search|find)(?:\.\w+)?$/.test(first) || segs.some((s) => /(?:^|[-_])search(?:\.\w+)?$/.test(s))) return 'search page';
  const word = segs.find((s) => FRONT_PREFIX.test(`/${s}`));
  if (word) return `section or index page (/${word}/)`;
  if (!strict) return null;
  const wordOnly = /^[a-z\u00C0-\u024F\u0400-\u04FF]+(?:[-_][a-z\u00C0-\u024F\u0400-\u04FF]+)*$/;
  const last = segs[segs.length - 1] ?? '';
  const hyphens = (last.match(/[-_]/g) ?? []).length;
  if (segs.length <= 3 && segs.every((s) => wordOnly.test(s) && s.length <= 30) && (hyphens <= 1 || /[-_]and[-_]/.test(last))) {
    return 'section front';
  }
  return null;
}

const NON_NEWS_HOST =
  /(?:^|\.)(?:wikipedia\.org|wikimedia\.org|wiktionary\.org|wikibooks\.org|wikiquote\.org|wikivoyage\.org|wikisource\.org|wikiversity\.org|wikidata\.org|britannica\.com|fandom\.com|wikiwand\.com|encyclopedia\.com|scholarpedia\.org|readthedocs\.io|readthedocs\.org|gitbook\.io|devdocs\.io|github\.io|stackoverflow\.com|stackexchange\.com)$/;
const DOCS_HOST = /^(?:docs|doc|developer|developers|dev|wiki|learn|api|reference|help|support|manual)\./;
const NON_NEWS_GENERATOR = /mediawiki|docusaurus|sphinx|mkdocs|vitepress|vuepress|gitbook|docfx|read the docs|nextra|doxygen|javadoc|typedoc|dokuwiki|confluence/i;
const DOCS_PATH = /^\/(?:[a-z]{2}(?:-[a-z]{2,4})?\/)?(?:docs?|documentation|api|reference|manual|guides?|handbook|wiki|learn|tutorials?)(?:\/|$)/i;

/** Encyclopaedia / documentation / wiki signals that need no body scan, or null. */
export function nonNewsReason(ctx: PageContext): string | null {
  if (ctx.host && NON_NEWS_HOST.test(ctx.host)) return `not a news site (${ctx.host})`;
  const gen = ctx.meta().get('generator');
  if (gen && NON_NEWS_GENERATOR.test(gen)) return `generated by ${cleanText(gen).slice(0, 40)} (wiki or documentation)`;
  const doc = ctx.doc;
  let root: Element | null = null;
  try {
    root = doc.documentElement;
  } catch {
    root = null;
  }
  const cls = `${attr(root, 'class') ?? ''} ${attr(doc.body, 'class') ?? ''}`;
  if (/\b(?:mediawiki|skin-vector|wiki)\b/i.test(cls)) return 'wiki page';
  if (ctx.elements().wikiIds) return 'wiki page';
  if (ctx.host && DOCS_HOST.test(ctx.host)) return `documentation host (${ctx.host})`;
  if (ctx.parsedUrl && DOCS_PATH.test(ctx.path)) return 'documentation path';
  return null;
}

/** Does an element carry microdata for a news/article type? */
function microdataArticle(doc: Document): boolean {
  for (const el of qa(doc, '[itemtype]')) {
    const types = (attr(el, 'itemtype') ?? '').split(/\s+/);
    for (const t of types) {
      const short = t.replace(/^.*[/#:]/, '');
      if (ARTICLE_TYPES.has(short)) return true;
    }
  }
  return false;
}

/** Paragraph statistics of the likeliest article container (no full text extraction). */
function structureReason(ctx: PageContext, meta: Map<string, string>): { ok: boolean; reason: string } {
  const doc = ctx.doc;
  const headline = cleanText(byTag(doc, 'h1')[0]?.textContent) || meta.get('og:title') || '';
  if (!headline) return { ok: false, reason: 'no headline' };
  const found = ctx.elements();
  const articles = found.articles;
  const count = (root: Element): { n: number; chars: number } => {
    let n = 0;
    let chars = 0;
    for (const p of byTag(root, 'p')) {
      const len = ctx.textLength(p);
      if (len >= 40) {
        n++;
        chars += len;
      }
    }
    return { n, chars };
  };
  let best: { n: number; chars: number } = { n: 0, chars: 0 };
  let where = '';
  for (const a of articles) {
    const c = count(a);
    if (c.chars > best.chars) {
      best = c;
      where = '<article>';
    }
  }
  if (articles.length >= 4 && best.n < 5) return { ok: false, reason: `${articles.length} teaser <article> elements (listing page)` };
  if (best.n < 5) {
    const body = found.articleBody ?? found.main ?? found.roleMain;
    if (body) {
      const c = count(body);
      if (c.chars > best.chars) {
        best = c;
        where = `<${tagOf(body)}>`;
      }
    }
  }
  if (best.n >= 5 && best.chars >= 300) {
    return { ok: true, reason: `page structure: ${where} with ${best.n} paragraphs and a headline` };
  }
  return { ok: false, reason: `page structure: no article body (${best.n} paragraphs)` };
}

/** A story, poem or novel chapter (by JSON-LD type or genre, or by the OpenGraph section), or null. */
function fictionReason(ctx: PageContext, ld: LdInfo): string | null {
  if (ld.kind === 'fiction') return `fiction (JSON-LD ${ldKindReason(ld)})`;
  const section = ctx.meta().get('article:section');
  return section && FICTION_GENRE.test(section) ? `fiction (section "${cleanText(section).slice(0, 40)}")` : null;
}

function result(isArticle: boolean, ctx: PageContext, reason: string): Detection {
  return { isArticle, site: ctx.adapter?.id ?? null, reason };
}

function ldKindReason(ld: LdInfo): string {
  const types = Array.from(new Set(ld.types)).slice(0, 4).join(', ');
  return types || 'no type';
}

export function detect(ctx: PageContext): Detection {
  const { adapter } = ctx;

  // 1. Site adapter and its article URL patterns.
  if (adapter && adapter.articlePaths && adapter.articlePaths.length > 0) {
    if (!matchesArticlePath(adapter, ctx.path)) {
      // Giving up is the common case here: only the scripts are needed, and asking for them by tag
      // is far cheaper than the query for every element the readers use (ctx.elements()).
      const ld = readJsonLd(ctx.doc, true);
      if (ld.kind === 'article') {
        return result(true, ctx, `JSON-LD ${ldKindReason(ld)} (path outside ${adapter.name} article URLs)`);
      }
      const front = ctx.parsedUrl ? sectionFrontReason(ctx.path) : null;
      return result(false, ctx, `${front ? `${front}: ` : ''}path is not a ${adapter.name} article URL`);
    }
    const ld = ctx.ld();
    const fiction = fictionReason(ctx, ld);
    if (fiction) return result(false, ctx, fiction);
    if (ld.kind === 'live') return result(false, ctx, 'live blog (JSON-LD LiveBlogPosting)');
    if (/\/live\//.test(ctx.path) && ld.kind !== 'article') return result(false, ctx, 'live blog URL');
    if (ld.kind === 'nonarticle') return result(false, ctx, `JSON-LD says ${ldKindReason(ld)}`);
    const ogType = (ctx.meta().get('og:type') ?? '').toLowerCase();
    if (ogType.startsWith('video')) return result(false, ctx, `video page (og:type ${ogType})`);
    return result(true, ctx, `${adapter.name} article URL${ld.kind === 'article' ? ` and JSON-LD ${ldKindReason(ld)}` : ''}`);
  }

  // Encyclopaedias, wikis and documentation often carry Article JSON-LD; rule them out first.
  if (!adapter) {
    const nonNews = nonNewsReason(ctx);
    if (nonNews) return result(false, ctx, nonNews);
  }

  // 2. JSON-LD.
  const ld = ctx.ld();
  const fiction = fictionReason(ctx, ld);
  if (fiction) return result(false, ctx, fiction);
  if (ld.kind === 'article') return result(true, ctx, `JSON-LD ${ldKindReason(ld)}`);
  if (ld.kind === 'live') return result(false, ctx, 'live blog (JSON-LD LiveBlogPosting)');
  if (ld.kind === 'nonarticle') return result(false, ctx, `JSON-LD says ${ldKindReason(ld)}`);

  const front = ctx.parsedUrl ? sectionFrontReason(ctx.path) : null;
  const strongFront = ctx.parsedUrl ? sectionFrontReason(ctx.path, false) : null;

  // 3. OpenGraph.
  const meta = ctx.meta();
  const ogType = (meta.get('og:type') ?? '').toLowerCase();
  if (ogType.startsWith('video')) return result(false, ctx, `video page (og:type ${ogType})`);
  if (ogType === 'article' && meta.has('article:published_time') && !strongFront) {
    return result(true, ctx, 'OpenGraph article with published time');
  }
  if (ld.kind === 'webpage') return result(false, ctx, `JSON-LD says ${ldKindReason(ld)}`);
  if (front) return result(false, ctx, front);

  // 4. Microdata.
  if (microdataArticle(ctx.doc)) return result(true, ctx, 'microdata article itemtype');

  // 5. Page structure.
  const s = structureReason(ctx, meta);
  return result(s.ok, ctx, s.reason);
}
