/** Safe reading of JSON-LD blocks: arrays, @graph, @type as string or array, @id references. */
import { attr, byTag } from './dom';

export type LdNode = Record<string, unknown>;

/** What the JSON-LD says about the page. */
export type LdKind = 'article' | 'live' | 'fiction' | 'nonarticle' | 'webpage' | 'none';

export interface LdInfo {
  kind: LdKind;
  /** The node that made the page an article (or the live blog), if any. */
  main: LdNode | null;
  /** Type names seen (without schema.org prefixes). */
  types: string[];
  byId: Map<string, LdNode>;
}

export const ARTICLE_TYPES = new Set([
  'NewsArticle',
  'ReportageNewsArticle',
  'ReportageNews',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'ReviewNewsArticle',
  'Article',
  'BlogPosting',
  'SatiricalArticle',
]);
const LIVE_TYPES = new Set(['LiveBlogPosting']);
/** Pages that are definitely not a single article. */
const NON_ARTICLE_TYPES = new Set([
  'CollectionPage',
  'ItemList',
  'VideoObject',
  'SearchResultsPage',
  'ProfilePage',
  'MediaGallery',
  'ImageGallery',
  'VideoGallery',
  'FAQPage',
  'TechArticle',
  'ScholarlyArticle',
  'Product',
  'Event',
]);
/** Literary works: a story is not news even when a magazine publishes it as an Article. */
const FICTION_TYPES = new Set(['ShortStory', 'Book', 'Chapter', 'Play', 'Poem']);
/** Genre or section names of fiction ("non-fiction" is not). */
export const FICTION_GENRE = /(?<!non[- ]?)\b(?:fiction|short[- ]stor(?:y|ies)|flash fiction|poetry|poems?|novel(?:la)?s?|fan ?fic(?:tion)?|serial(?:ised|ized)? novel)\b/i;

/** Generic page types: not an article unless other metadata says so. */
const WEBPAGE_TYPES = new Set(['WebPage', 'AboutPage', 'ContactPage', 'CheckoutPage', 'ItemPage', 'QAPage']);

const MAX_NODES = 500;
const MAX_STEPS = 5000;

/** "http://schema.org/NewsArticle", "schema:NewsArticle" -> "NewsArticle". */
function shortType(t: string): string {
  const s = t.trim();
  const i = Math.max(s.lastIndexOf('/'), s.lastIndexOf(':'), s.lastIndexOf('#'));
  return i >= 0 ? s.slice(i + 1) : s;
}

export function typesOf(node: unknown): string[] {
  if (!node || typeof node !== 'object') return [];
  const t = (node as LdNode)['@type'];
  if (typeof t === 'string') return [shortType(t)];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string').map(shortType);
  return [];
}

function parseBlock(text: string): unknown {
  let s = text.trim();
  if (!s) return undefined;
  // Comment and CDATA wrappers and a trailing semicolon are rare: each expression runs only where
  // its first or last character shows one (they would scan the whole block otherwise).
  if (s[0] === '<' || s[0] === '/') s = s.replace(/^(?:\s*<!--|\s*\/\/\s*<!\[CDATA\[|\s*<!\[CDATA\[)/, '');
  if (s.endsWith('>')) s = s.replace(/(?:-->|\/\/\s*\]\]>|\]\]>)\s*$/, '');
  if (s.trimEnd().endsWith(';')) s = s.replace(/;\s*$/, '');
  try {
    return JSON.parse(s);
  } catch {
    // Raw control characters inside strings are a common publisher mistake.
    try {
      // eslint-disable-next-line no-control-regex
      return JSON.parse(s.replace(/[\u0000-\u001F]+/g, ' '));
    } catch {
      return undefined;
    }
  }
}

/** Types of JSON-LD script elements, lower-case (selectors match `type` regardless of case). */
const LD_TYPES = new Set(['application/ld+json', 'application/ld+json; charset=utf-8']);

function scriptTexts(scripts: Element[]): string[] {
  const out: string[] = [];
  for (const s of scripts) {
    const type = attr(s, 'type');
    if (type === null || !LD_TYPES.has(type.toLowerCase())) continue;
    const t = s.textContent;
    if (t) out.push(t);
  }
  return out;
}

/** Every typed node: top-level values, arrays, @graph members and mainEntity (not list items). */
function collectNodes(values: unknown[], byId: Map<string, LdNode>): LdNode[] {
  const nodes: LdNode[] = [];
  const stack: unknown[] = values.slice().reverse();
  let steps = 0;
  while (stack.length > 0 && steps++ < MAX_STEPS && nodes.length < MAX_NODES) {
    const v = stack.pop();
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push(v[i]);
      continue;
    }
    if (!v || typeof v !== 'object') continue;
    const node = v as LdNode;
    const id = node['@id'];
    if (typeof id === 'string' && !byId.has(id) && Object.keys(node).length > 1) byId.set(id, node);
    if (node['@type'] !== undefined) nodes.push(node);
    const graph = node['@graph'];
    const mainEntity = node['mainEntity'];
    if (mainEntity && typeof mainEntity === 'object') stack.push(mainEntity);
    if (graph && typeof graph === 'object') stack.push(graph);
  }
  return nodes;
}

/** Resolve {"@id": "..."} references to the full node when the page defines it. */
export function resolve(v: unknown, byId: Map<string, LdNode>): unknown {
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    const id = (v as LdNode)['@id'];
    if (typeof id === 'string' && Object.keys(v).length <= 2 && byId.has(id)) return byId.get(id);
  }
  return v;
}

const ARTICLE_HINT = /Article|BlogPosting|ReportageNews/;

/**
 * Read the page's JSON-LD. With `articleOnly`, blocks whose text cannot mention an article type
 * are not parsed at all (the cheap path for deciding a page is not an article). `scripts` are the
 * page's <script> elements, when the caller has them already.
 */
export function readJsonLd(doc: Document, articleOnly = false, scripts: Element[] = byTag(doc, 'script')): LdInfo {
  const byId = new Map<string, LdNode>();
  const values: unknown[] = [];
  for (const text of scriptTexts(scripts)) {
    if (articleOnly && !ARTICLE_HINT.test(text)) continue;
    const v = parseBlock(text);
    if (v !== undefined) values.push(v);
  }
  const nodes = collectNodes(values, byId);
  const types: string[] = [];
  let live: LdNode | null = null;
  let article: LdNode | null = null;
  let nonArticle = false;
  let webpage = false;
  let fiction = false;
  for (const n of nodes) {
    const ts = typesOf(n);
    for (const t of ts) {
      types.push(t);
      if (FICTION_TYPES.has(t)) fiction = true;
      else if (LIVE_TYPES.has(t)) live ??= n;
      else if (ARTICLE_TYPES.has(t)) {
        // A node typed both ["LiveBlogPosting", "NewsArticle"] is a live blog.
        if (!ts.some((x) => LIVE_TYPES.has(x))) article ??= n;
      } else if (NON_ARTICLE_TYPES.has(t)) nonArticle = true;
      else if (WEBPAGE_TYPES.has(t)) webpage = true;
    }
  }
  if (fiction || (article && FICTION_GENRE.test(`${ldString(article['genre']) ?? ''} ${ldString(article['articleSection']) ?? ''}`))) {
    return { kind: 'fiction', main: article, types, byId };
  }
  if (live) return { kind: 'live', main: live, types, byId };
  if (article) return { kind: 'article', main: article, types, byId };
  if (nonArticle) return { kind: 'nonarticle', main: null, types, byId };
  if (webpage) return { kind: 'webpage', main: null, types, byId };
  return { kind: 'none', main: null, types, byId };
}

/** A string field of a node (first string of an array; `name`/`@value` of an object). */
export function ldString(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) {
    for (const x of v) {
      const s = Array.isArray(x) ? null : ldString(x);
      if (s) return s;
    }
    return null;
  }
  if (v && typeof v === 'object') {
    const o = v as LdNode;
    if (typeof o['@value'] === 'string') return o['@value'];
    if (typeof o['name'] === 'string') return o['name'];
  }
  return null;
}
