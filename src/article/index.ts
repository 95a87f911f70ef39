/**
 * Article detection and extraction for the content script (browser DOM) and Node (linkedom).
 * No Node APIs, no recursion over the DOM; never throws. No Readability either: the content script
 * is loaded on every page of a supported site that may be an article, and Readability would add about 35 KB
 * (minified) to it for pages that adapters, JSON-LD, OpenGraph, microdata and the paragraph-structure
 * fallback in text.ts already cover; bench/extraction.ts keeps it as the speed and quality baseline.
 */
import type { ArticleMeta, Detection } from './types';
import { detect, makeContext, type PageContext } from './detect';
import { bylineOf, canonicalOf, langOf, publishedOf, siteNameOf, titleOf } from './meta';
import { attr, tagOf } from './dom';
import { bodyRoot, bodyText } from './text';

export type { ArticleMeta, Detection, SiteAdapter } from './types';
export { siteAdapters, supportedMatchPatterns, adapterForUrl } from './sites';

export interface PageAnalysis {
  detection: Detection;
  article: ArticleMeta | null;
  /** The element the article's text was read from, for mapping text offsets back to the page. */
  body: Element | null;
}

function failed(url: string | null, err: unknown): Detection {
  let site: string | null = null;
  try {
    site = makeContext(null as unknown as Document, url).adapter?.id ?? null;
  } catch {
    site = null;
  }
  const msg = err instanceof Error ? err.message : String(err);
  return { isArticle: false, site, reason: `analysis failed: ${msg.slice(0, 120)}` };
}

/** Cheap: decides from URL, JSON-LD, OpenGraph and microdata before looking at page structure. */
export function detectArticle(doc: Document, url: string | null): Detection {
  try {
    return detect(makeContext(doc, url));
  } catch (err) {
    return failed(url, err);
  }
}

function guard<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}

/** The nearest <article>, <main> or Article microdata item holding the body (or the body itself). */
function articleScope(root: Element | null): Element | null {
  for (let el = root; el; el = el.parentElement) {
    const tag = tagOf(el);
    if (tag === 'article' || tag === 'main') return el;
    const type = attr(el, 'itemtype');
    if (type !== null && (type.includes('Article') || type.includes('BlogPosting'))) return el;
  }
  return null;
}

/** Metadata and body text of a page already known to be an article, the body read from `root`. */
function readArticle(ctx: PageContext, root: Element | null): ArticleMeta {
  const scope: ParentNode = guard(() => articleScope(root), null) ?? root ?? ctx.doc;
  const siteName = guard(() => siteNameOf(ctx), ctx.adapter?.name ?? null);
  return {
    title: guard(() => titleOf(ctx, siteName), null),
    byline: guard(() => bylineOf(ctx, scope, siteName), []),
    publishedAt: guard(() => publishedOf(ctx, scope), null),
    siteName,
    lang: guard(() => langOf(ctx), ctx.adapter?.lang ?? null),
    canonicalUrl: guard(() => canonicalOf(ctx), null),
    text: guard(() => bodyText(ctx, root), ''),
  };
}

/** A page in two steps: the verdict and where the body is, then (for an article) its metadata and text. */
export type OpenedPage =
  | { detection: Detection; body: null; read: null }
  | {
      detection: Detection;
      /** The element the article's text is read from, for placing the sidebar and mapping text offsets back to the page. */
      body: Element | null;
      /** Reads the metadata and body text; never throws. */
      read: () => ArticleMeta;
    };

/**
 * The verdict and the body's element, without reading the article yet: the content script puts the
 * sidebar up between the two steps, so that its frame loads while the article is read.
 */
export function openArticle(doc: Document, url: string | null): OpenedPage {
  let ctx: PageContext;
  let detection: Detection;
  try {
    ctx = makeContext(doc, url);
    detection = detect(ctx);
  } catch (err) {
    return { detection: failed(url, err), body: null, read: null };
  }
  if (!detection.isArticle) return { detection, body: null, read: null };
  const body = guard(() => bodyRoot(ctx), null);
  return { detection, body, read: () => readArticle(ctx, body) };
}

/** Detection, metadata and body text in one step (the command line, the eval and the benchmarks). */
export function analyzePage(doc: Document, url: string | null): PageAnalysis {
  const page = openArticle(doc, url);
  return { detection: page.detection, article: page.read ? page.read() : null, body: page.body };
}
