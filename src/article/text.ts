/** Article body text: paragraphs of the body container, without captions, related links, ads... */
import type { PageContext } from './detect';
import { attr, byTag, cleanText, hasAttributes, pushChildren, q, qa, tagOf, textOf } from './dom';
import { ldString } from './jsonld';

export const MAX_TEXT = 300_000;

const SKIP_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'figure',
  'figcaption',
  'aside',
  'nav',
  'footer',
  'form',
  'button',
  'svg',
  'iframe',
  'object',
  'embed',
  'select',
  'textarea',
  'input',
  'canvas',
  'video',
  'audio',
  'picture',
  'img',
  'dialog',
  'menu',
  'head',
  'title',
]);
const PARAGRAPH_TAGS = new Set(['p', 'h2', 'h3', 'blockquote', 'li']);
const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'ul', 'ol', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'blockquote', 'table', 'figure', 'header', 'footer', 'aside', 'nav', 'form', 'pre', 'dl',
]);

/** Class / id / data-* words of junk blocks (ads, related links, newsletter boxes, share bars...). */
const JUNK =
  /(?:^|[\s_-])(?:ad|ads|adv|advert|adverts|advertisement|adslot|adunit|adcontainer|dfp|gpt|sponsored|sponsor|promo|promos|outbrain|taboola|teads|paywall-promo|complementary|navigation|banner|contentinfo|toolbar|breadcrumbs?|tags|tag-list|topic-list|links-block)(?:$|[\s_\d-])|related|categor|recirc|more-?stories|most-?(?:read|popular|viewed)|read-?more|read-?next|see-?also|also-?read|newsletter|subscri|sign-?up|share|sharing|social|comments?(?:$|[\s_-])|disqus|byline|dateline|timestamp|caption|credit|cookie|rich-?link|inline-?promo|ad-?slot|ad-?container|advert/;

const HIDDEN_CLASSES = new Set([
  'hidden',
  'is-hidden',
  'u-hidden',
  'd-none',
  'sr-only',
  'visually-hidden',
  'visuallyhidden',
  'screen-reader-text',
  'screen-reader-only',
]);

interface Extractor {
  strip: Set<Element>;
}

function isJunk(el: Element, ex: Extractor): boolean {
  if (ex.strip.has(el)) return true;
  if (SKIP_TAGS.has(tagOf(el))) return true;
  // Everything below reads attributes; most elements of a body (<p>, <a>, <em>) have none.
  if (!hasAttributes(el)) return false;
  let hidden = false;
  try {
    hidden = el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true';
  } catch {
    hidden = false;
  }
  if (hidden) return true;
  const style = attr(el, 'style');
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  const words = [attr(el, 'class'), attr(el, 'id'), attr(el, 'data-component'), attr(el, 'data-testid'), attr(el, 'role')]
    .filter(Boolean)
    .join(' ')
    .toLowerCase();
  if (words === '') return false;
  if (JUNK.test(words)) return true;
  for (const w of words.split(/\s+/)) if (HIDDEN_CLASSES.has(w)) return true;
  return false;
}

/** Does the element have block-level element children (then it is a container, not a paragraph)? */
function hasBlockChild(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    if (BLOCK_TAGS.has(tagOf(c))) return true;
  }
  return false;
}

function hasDirectText(el: Element): boolean {
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3 && cleanText(c.nodeValue).length > 0) return true;
  }
  return false;
}

/**
 * Paragraph texts under `root`: <p>, <h2>/<h3>, <blockquote>, <li> (and, when the container has
 * almost no <p>, leaf <div>s with text, as on sites that use divs for paragraphs).
 */
export function collectParagraphs(root: Element, strip: Set<Element>, max = MAX_TEXT): string[] {
  const ex: Extractor = { strip };
  const divMode = byTag(root, 'p').length < 3;
  const skip = (e: Element) => isJunk(e, ex);
  const out: string[] = [];
  let total = 0;
  const stack: Node[] = [];
  pushChildren(stack, root);
  while (stack.length > 0 && total < max) {
    const node = stack.pop()!;
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (isJunk(el, ex)) continue;
    const tag = tagOf(el);
    // The headline is metadata, not body text (unless broken markup put the body inside it).
    if (tag === 'h1' && !hasBlockChild(el)) continue;
    const isParagraph =
      (PARAGRAPH_TAGS.has(tag) && !((tag === 'li' || tag === 'blockquote') && hasBlockChild(el))) ||
      (divMode && (tag === 'div' || tag === 'span' || tag === 'section') && !hasBlockChild(el) && hasDirectText(el));
    if (isParagraph) {
      const t = cleanText(textOf(el, skip, max - total + 1000));
      if (t && out[out.length - 1] !== t) {
        out.push(t);
        total += t.length + 2;
      }
      continue;
    }
    pushChildren(stack, el);
  }
  return out;
}

function join(paragraphs: string[]): string {
  const text = paragraphs.join('\n\n');
  return text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
}

/** Characters of the <p>s under `el`; counting stops once `enough` is reached. */
function paragraphChars(ctx: PageContext, el: Element, enough = Infinity): number {
  let n = 0;
  for (const p of byTag(el, 'p')) {
    n += ctx.textLength(p);
    if (n >= enough) break;
  }
  return n;
}

/** The element holding the most paragraph text: each <p> scores its parent fully, grandparent half. */
function bestParagraphParent(ctx: PageContext): Element | null {
  const scores = new Map<Element, number>();
  for (const p of byTag(ctx.doc, 'p')) {
    const len = ctx.textLength(p);
    if (len < 25) continue;
    const parent = p.parentElement;
    if (parent) scores.set(parent, (scores.get(parent) ?? 0) + len);
    const grand = parent?.parentElement;
    if (grand) scores.set(grand, (scores.get(grand) ?? 0) + len / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of scores) {
    if (s > bestScore) {
      best = el;
      bestScore = s;
    }
  }
  return best;
}

function stripSet(ctx: PageContext, root: ParentNode): Set<Element> {
  const set = new Set<Element>();
  for (const sel of ctx.adapter?.strip ?? []) for (const el of qa(root, sel)) set.add(el);
  return set;
}

/** Paragraph characters that make a container the article body. */
const MIN_BODY = 200;

/** The body container (also the scope for byline/date lookups). */
export function bodyRoot(ctx: PageContext): Element | null {
  const doc = ctx.doc;
  if (ctx.adapter?.body) {
    const el = q(doc, ctx.adapter.body);
    if (el && cleanText(el.textContent).length > 0) return el;
  }
  const found = ctx.elements();
  const marked = found.articleBody;
  if (marked && paragraphChars(ctx, marked, MIN_BODY) >= MIN_BODY) return marked;
  let bestArticle: Element | null = null;
  let bestChars = 0;
  const articles = found.articles;
  for (const a of articles) {
    // A single <article> is only held against the threshold: its count can stop there.
    const n = paragraphChars(ctx, a, articles.length === 1 ? MIN_BODY : Infinity);
    if (n > bestChars) {
      bestArticle = a;
      bestChars = n;
    }
  }
  if (bestArticle && bestChars >= MIN_BODY) return bestArticle;
  const main = found.main;
  if (main && paragraphChars(ctx, main, MIN_BODY) >= MIN_BODY) return main;
  const roleMain = found.roleMain;
  if (roleMain && paragraphChars(ctx, roleMain, MIN_BODY) >= MIN_BODY) return roleMain;
  return bestParagraphParent(ctx) ?? marked ?? bestArticle ?? main ?? doc.body ?? null;
}

export function bodyText(ctx: PageContext, root: Element | null): string {
  // The adapter's body selector wins over everything.
  const adapterRoot = ctx.adapter?.body && root && q(ctx.doc, ctx.adapter.body) === root;
  if (root && adapterRoot) {
    const paragraphs = collectParagraphs(root, stripSet(ctx, root));
    if (paragraphs.length > 0) return join(paragraphs);
  }
  const main = ctx.ld().main;
  const ldBody = main ? ldString(main['articleBody']) : null;
  if (ldBody && ldBody.length >= 500) {
    const paragraphs = ldBody
      .slice(0, MAX_TEXT * 2)
      .split(/\r?\n\s*\n|\r?\n/)
      .map(cleanText)
      .filter(Boolean);
    if (paragraphs.length > 0) return join(paragraphs);
  }
  if (root) {
    const paragraphs = collectParagraphs(root, stripSet(ctx, root));
    if (paragraphs.length > 0) return join(paragraphs);
    // No paragraph markup at all: the container's own text, junk removed.
    const flat = cleanText(textOf(root, (e) => isJunk(e, { strip: new Set() })));
    if (flat) return join([flat]);
  }
  if (ldBody) return join([cleanText(ldBody)]);
  return '';
}
