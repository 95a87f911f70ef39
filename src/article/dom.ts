/**
 * Small DOM helpers that never throw and work on both a browser DOM and linkedom (no innerText,
 * no layout). Everything here is iterative: deep documents must not blow the stack.
 */

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const HAS_ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/;
/** Whitespace that `cleanText` changes: a run of two, or any whitespace but a plain space. */
const UNCLEAN_SPACE = /\s\s|[^\S ]/;

/** Remove zero-width characters, collapse whitespace, trim. */
export function cleanText(s: string | null | undefined): string {
  if (!s) return '';
  // Most paragraphs need neither replacement; testing first spares copying them.
  const visible = HAS_ZERO_WIDTH.test(s) ? s.replace(ZERO_WIDTH, '') : s;
  return (UNCLEAN_SPACE.test(visible) ? visible.replace(/\s+/g, ' ') : visible).trim();
}

export function q(root: ParentNode | null | undefined, selector: string): Element | null {
  if (!root) return null;
  try {
    return root.querySelector(selector);
  } catch {
    return null;
  }
}

export function qa(root: ParentNode | null | undefined, selector: string): Element[] {
  if (!root) return [];
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

/** Elements of a tag name under `root`, in document order: no selector to parse, cheap in every DOM. */
export function byTag(root: Document | Element | null | undefined, tag: string): Element[] {
  if (!root) return [];
  try {
    return Array.from(root.getElementsByTagName(tag));
  } catch {
    return [];
  }
}

/** An attribute holds `token` among its space-separated words, compared case-insensitively (`rel`, as selectors do). */
export function hasToken(el: Element, name: string, token: string): boolean {
  const v = attr(el, name);
  return v !== null && v.toLowerCase().split(/\s+/).includes(token);
}

/** Whether the element has any attribute (never throws). */
export function hasAttributes(el: Element): boolean {
  try {
    return el.hasAttributes();
  } catch {
    return true;
  }
}

export function attr(el: Element | null | undefined, name: string): string | null {
  if (!el) return null;
  try {
    const v = el.getAttribute(name);
    return v == null ? null : v;
  } catch {
    return null;
  }
}

export function tagOf(el: Element): string {
  const t = el.localName || el.tagName || '';
  return typeof t === 'string' ? t.toLowerCase() : '';
}

const TEXT_SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'select', 'textarea']);

/**
 * Text content of an element, walking nodes with an explicit stack. `skip` may veto element
 * subtrees (junk inside a paragraph). Stops collecting after `max` characters.
 */
export function textOf(el: Node | null | undefined, skip?: (el: Element) => boolean, max = 300_000): string {
  if (!el) return '';
  const parts: string[] = [];
  let len = 0;
  const stack: Node[] = [];
  pushChildren(stack, el);
  while (stack.length > 0 && len < max) {
    const node = stack.pop()!;
    const type = node.nodeType;
    if (type === 3) {
      const data = (node as Text).data ?? node.nodeValue ?? '';
      parts.push(data);
      len += data.length;
    } else if (type === 1) {
      const e = node as Element;
      const tag = tagOf(e);
      if (TEXT_SKIP.has(tag)) continue;
      if (tag === 'br') {
        parts.push(' ');
        continue;
      }
      if (skip && skip(e)) continue;
      pushChildren(stack, e);
    }
  }
  return parts.join('');
}

/** Push the child nodes of `node` so that popping yields them in document order. */
export function pushChildren(stack: Node[], node: Node): void {
  let child = node.lastChild;
  while (child) {
    stack.push(child);
    child = child.previousSibling;
  }
}

/** The document's <head>, or null (never throws). */
export function headOf(doc: Document): Element | null {
  try {
    return doc.head;
  } catch {
    return null;
  }
}

/** Lower-cased `property`/`name`/`itemprop` of <meta> elements -> first non-empty content. */
export function metaMap(doc: Document): Map<string, string> {
  const map = new Map<string, string>();
  let metas = byTag(headOf(doc), 'meta');
  if (metas.length === 0) metas = byTag(doc, 'meta');
  for (const m of metas) {
    const content = attr(m, 'content');
    if (content == null || content.trim() === '') continue;
    for (const key of [attr(m, 'property'), attr(m, 'name'), attr(m, 'itemprop')]) {
      if (!key) continue;
      const k = key.trim().toLowerCase();
      if (k && !map.has(k)) map.set(k, content.trim());
    }
  }
  return map;
}
