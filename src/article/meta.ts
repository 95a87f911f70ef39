/** Article metadata: title, byline, date, site name, language, canonical URL. */
import type { PageContext } from './detect';
import { attr, byTag, cleanText, hasToken, headOf, q, qa, tagOf, textOf } from './dom';
import { ldString, resolve, typesOf } from './jsonld';

const MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря';
const DATE_PATTERNS = [
  new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTHS})\\.?,?\\s+\\d{4}`, 'giu'),
  new RegExp(`\\b(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}`, 'giu'),
  /\b\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?/g,
  /\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b/g,
  /\b\d{1,2}[:.]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?(?:\s*(?:GMT|BST|UTC|ET|EST|EDT|PT|PST|PDT|CET|CEST|MSK))?/gi,
  /\b(?:updated|published|posted|last modified|modified)\b:?/gi,
  /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b,?/gi,
];
const ROLE_WORDS =
  /\b(?:correspondent|editor|reporter|writer|staff|contributor|columnist|journalist|reporting|editing|photograph(?:y|er|s)?|illustration|analysis|news|agency|associated press|min(?:ute)?s? read|share|follow)\b/i;
// Longer values are not a site name, language tag or address but page junk (or an attack on the
// message limits in src/messaging/schemas.ts, which would make the background refuse the whole article).
const MAX_SITE_NAME = 120;
const MAX_URL = 4_096;
const LANG_TAG = /^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*$/i;

const BY_PREFIX = /^(?:by|from|von|par|por|di|door|av|автор(?:ы)?|текст|авторы)\s*:?\s+/i;

/** "By Jane Doe and John Roe, 5 March 2024" -> ["Jane Doe", "John Roe"]. */
export function splitNames(raw: string | null | undefined, exclude: string[] = []): string[] {
  let s = cleanText(raw);
  if (!s) return [];
  for (const re of DATE_PATTERNS) s = s.replace(re, ' ');
  s = s.replace(BY_PREFIX, '');
  const out: string[] = [];
  const excluded = new Set(exclude.map(norm).filter(Boolean));
  for (let part of s.split(/\s*(?:,|;|\||•|·|&)\s*|\s+(?:and|with|und|et|и)\s+/i)) {
    part = cleanText(part)
      .replace(BY_PREFIX, '')
      .replace(/\s+in\s+\p{Lu}[\p{L} .'-]*$/u, '')
      .replace(/^[\s\-–—:]+|[\s\-–—:]+$/g, '');
    if (part.length < 2 || part.length > 80) continue;
    if (!/\p{L}/u.test(part) || /https?:|www\.|@/.test(part)) continue;
    if (part.split(' ').length > 6 || ROLE_WORDS.test(part)) continue;
    if (excluded.has(norm(part))) continue;
    out.push(part);
  }
  return out;
}

function norm(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function dedupe(names: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const n of names) {
    const k = norm(n);
    if (!k || seen.has(k)) continue;
    seen.add(k);
    out.push(n);
    if (out.length >= 10) break;
  }
  return out;
}

/** Full ISO 8601 string, or null when the value is not a date. */
export function toIso(v: unknown): string | null {
  const s = typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '';
  if (!s || s.length > 64 || !/\d{4}|\d{1,2}\s+\p{L}+\s+\d{2,4}/u.test(s)) return null;
  try {
    const d = new Date(s);
    const t = d.getTime();
    if (Number.isNaN(t)) return null;
    const y = d.getUTCFullYear();
    if (y < 1900 || y > 2200) return null;
    return d.toISOString();
  } catch {
    return null;
  }
}

function ldNodeArray(v: unknown): unknown[] {
  if (Array.isArray(v)) return v.filter((x) => !Array.isArray(x));
  return v == null ? [] : [v];
}

export function siteNameOf(ctx: PageContext): string | null {
  const meta = ctx.meta();
  const fit = (name: string | undefined) => (name && name.length <= MAX_SITE_NAME ? name : null);
  // "PinkNews | Latest lesbian, gay, bi and trans news" -> "PinkNews".
  const og = fit(cleanText(meta.get('og:site_name')).split(/\s+[|–—]\s+/)[0]);
  if (og) return og;
  const main = ctx.ld().main;
  if (main) {
    const pub = resolve(main['publisher'], ctx.ld().byId);
    const name = fit(cleanText(ldString(Array.isArray(pub) ? pub[0] : pub)));
    if (name) return name;
  }
  if (ctx.adapter) return ctx.adapter.name;
  return fit(cleanText(meta.get('application-name')));
}

/** Strip " | Site", " - Site", " — Site" when the suffix is the site's name. */
export function stripSiteSuffix(title: string, siteNames: string[]): string {
  const names = siteNames.map(norm).filter((n) => n.length >= 2);
  let t = title;
  for (let i = 0; i < 2; i++) {
    const m = /^(.*\S)\s+[|\-–—:·•]\s+([^|\-–—]+)$/.exec(t);
    if (!m || !m[1] || !m[2]) break;
    const suffix = norm(m[2]);
    const isSite = names.some((n) => n === suffix || (suffix.length >= 3 && (n.includes(suffix) || suffix.includes(n))));
    if (!isSite) break;
    t = m[1].trim();
  }
  return t;
}

export function titleOf(ctx: PageContext, siteName: string | null): string | null {
  const meta = ctx.meta();
  const main = ctx.ld().main;
  const candidates = [
    () => (main ? ldString(main['headline']) ?? ldString(main['name']) : null),
    () => meta.get('og:title'),
    () => meta.get('twitter:title'),
    () => byTag(ctx.doc, 'h1')[0]?.textContent,
    () => byTag(ctx.doc, 'title')[0]?.textContent,
  ];
  const hostLabel = ctx.host.split('.').slice(-3, -1).join('') || ctx.host.split('.')[0] || '';
  const names = [siteName, ctx.adapter?.name, meta.get('og:site_name'), hostLabel, ctx.host].filter(
    (x): x is string => !!x,
  );
  for (const c of candidates) {
    const t = cleanText(c());
    if (t) return stripSiteSuffix(t, names).slice(0, 500);
  }
  return null;
}

/** Elements that may name the authors: rel=author links, author microdata, byline boxes. */
const AUTHOR_ELEMENTS = '[rel~="author"], [itemprop="author"], .byline, [class*="byline"], [data-component="byline-block"]';
const isAuthorItem = (e: Element): boolean => attr(e, 'itemprop') === 'author';
/** `.byline, [class*="byline"], [data-component="byline-block"]` (the first covers the second). */
const isBylineBox = (e: Element): boolean => (attr(e, 'class')?.includes('byline') ?? false) || attr(e, 'data-component') === 'byline-block';

export function bylineOf(ctx: PageContext, scope: ParentNode, siteName: string | null): string[] {
  const exclude = [siteName ?? '', ctx.adapter?.name ?? ''];
  const ld = ctx.ld();
  // JSON-LD authors; organisations only when no person is named.
  if (ld.main) {
    const persons: string[] = [];
    const orgs: string[] = [];
    for (const a of ldNodeArray(ld.main['author'] ?? ld.main['creator'])) {
      const node = resolve(a, ld.byId);
      const name = typeof node === 'string' ? node : ldString(node);
      const isOrg = typesOf(node).some((t) => /Organization|NewsMediaOrganization|Corporation/.test(t));
      (isOrg ? orgs : persons).push(...splitNames(name, exclude));
    }
    const names = dedupe(persons.length > 0 ? persons : orgs);
    if (names.length > 0) return names;
  }
  const fromElements = (els: Element[]): string[] => {
    const names: string[] = [];
    for (const el of els.slice(0, 20)) {
      const nameEl = q(el, '[itemprop="name"]');
      // Dates inside a byline box are in <time>; their text would run into the last name.
      names.push(...splitNames(textOf(nameEl ?? el, (e) => tagOf(e) === 'time', 500) || attr(el, 'content'), exclude));
    }
    return dedupe(names);
  };
  // One query for every author element of the page, sorted out below (each query walks the page).
  let onPage: Element[] | undefined;
  const candidates = (): Element[] => (onPage ??= qa(ctx.doc, AUTHOR_ELEMENTS));
  const inScope = (e: Element): boolean => scope === ctx.doc || (e !== scope && (scope as Node).contains(e));
  const sources: Array<() => string[]> = [
    () => (ctx.adapter?.byline ? fromElements(qa(ctx.doc, ctx.adapter.byline)) : []),
    () => dedupe(splitNames(ctx.meta().get('author'), exclude)),
    () => fromElements(candidates().filter((e) => inScope(e) && hasToken(e, 'rel', 'author') && e.tagName.toLowerCase() !== 'link')),
    () => fromElements(candidates().filter((e) => inScope(e) && isAuthorItem(e))),
    () => (scope === ctx.doc ? [] : fromElements(candidates().filter(isAuthorItem))),
    () => fromElements(candidates().filter((e) => inScope(e) && isBylineBox(e)).slice(0, 1)),
  ];
  for (const src of sources) {
    const names = src();
    if (names.length > 0) return names;
  }
  return [];
}

export function publishedOf(ctx: PageContext, scope: ParentNode): string | null {
  const meta = ctx.meta();
  const main = ctx.ld().main;
  const fromEl = (el: Element | null): string | null =>
    el ? (toIso(attr(el, 'datetime')) ?? toIso(attr(el, 'content')) ?? toIso(cleanText(el.textContent))) : null;
  const sources: Array<() => string | null> = [
    () => (main ? toIso(ldString(main['datePublished'])) ?? toIso(ldString(main['dateCreated'])) : null),
    () => toIso(meta.get('article:published_time')),
    () => (ctx.adapter?.date ? fromEl(q(ctx.doc, ctx.adapter.date)) : null),
    () => toIso(meta.get('datepublished')),
    () => fromEl(q(scope, '[itemprop="datePublished"]')) ?? fromEl(q(ctx.doc, '[itemprop="datePublished"]')),
    () => fromEl(q(scope, 'time[datetime]')) ?? fromEl(q(ctx.doc, 'time[datetime]')),
    () => {
      for (const k of ['date', 'pubdate', 'publishdate', 'dc.date', 'dcterms.created', 'parsely-pub-date', 'sailthru.date']) {
        const v = toIso(meta.get(k));
        if (v) return v;
      }
      return null;
    },
  ];
  for (const src of sources) {
    const v = src();
    if (v) return v;
  }
  return null;
}

export function langOf(ctx: PageContext): string | null {
  let root: Element | null = null;
  try {
    root = ctx.doc.documentElement;
  } catch {
    root = null;
  }
  const tag = (s: string | null | undefined) => {
    const t = cleanText(s);
    return t && LANG_TAG.test(t) ? t.replace(/_/g, '-') : null;
  };
  const html = tag(attr(root, 'lang') ?? attr(root, 'xml:lang'));
  if (html) return html;
  if (ctx.adapter?.lang) return ctx.adapter.lang;
  const main = ctx.ld().main;
  return tag(main ? ldString(main['inLanguage']) : null) ?? tag(ctx.meta().get('og:locale'));
}

function absoluteHttp(href: string | null | undefined, base: string | null): string | null {
  const h = (href ?? '').trim();
  if (!h) return null;
  try {
    const u = base ? new URL(h, base) : new URL(h);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.href.length <= MAX_URL ? u.href : null;
  } catch {
    return null;
  }
}

const isCanonical = (l: Element): boolean => hasToken(l, 'rel', 'canonical');

/**
 * The first <link rel="canonical"> of the page. The head comes first in document order, so when
 * nothing stands before it, a link there is the first and the rest of the page is not searched.
 */
function canonicalLink(doc: Document): Element | undefined {
  const head = headOf(doc);
  const first = head && !head.previousElementSibling && head.parentElement === doc.documentElement ? byTag(head, 'link').find(isCanonical) : undefined;
  return first ?? byTag(doc, 'link').find(isCanonical);
}

export function canonicalOf(ctx: PageContext): string | null {
  const base = absoluteHttp(ctx.url, null);
  return (
    absoluteHttp(attr(canonicalLink(ctx.doc), 'href'), base) ??
    absoluteHttp(ctx.meta().get('og:url'), base) ??
    base
  );
}

