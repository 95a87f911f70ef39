/**
 * Maps character ranges of the article text (src/article: paragraphs joined by "\n\n", each with
 * whitespace collapsed and zero-width characters removed) back to DOM Ranges in the page, without
 * touching the page. The body's text nodes are read once into one normalised string; each paragraph
 * is found in it in order, and a range is resolved to (text node, offset) only when asked for.
 */

// Elements whose text never reaches the article text (as in src/article/dom.ts textOf).
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'SELECT', 'TEXTAREA']);
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/;
const SPACE = /\s/;

/** One text node's share of the normalised string; `space` is whether the text before it ended in a space. */
interface Segment {
  node: Text;
  start: number;
  space: boolean;
}

/** A paragraph of the article text and where it was found in the normalised page text. */
interface Placed {
  textStart: number;
  textEnd: number;
  at: number;
}

export interface TextMap {
  /** A DOM Range for [start, end) of the article text, or null when that part was not found in the page. */
  rangeOf(start: number, end: number): Range | null;
  /** How many paragraphs of the article text were found in the page. */
  placed: number;
}

/** Index in `node.data` of its k-th normalised character, replaying the normalisation. */
function rawIndex(seg: Segment, k: number): number {
  const data = seg.node.data;
  let space = seg.space;
  let emitted = 0;
  for (let i = 0; i < data.length; i++) {
    const ch = data[i]!;
    if (ZERO_WIDTH.test(ch)) continue;
    const isSpace = SPACE.test(ch);
    if (isSpace && space) continue;
    if (emitted === k) return i;
    emitted++;
    space = isSpace;
  }
  return data.length;
}

function segmentAt(segments: Segment[], pos: number): Segment | null {
  let lo = 0;
  let hi = segments.length - 1;
  let found: Segment | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid]!.start <= pos) {
      found = segments[mid]!;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

export function mapArticleText(root: Element, articleText: string): TextMap {
  const doc = root.ownerDocument;
  const segments: Segment[] = [];
  const parts: string[] = [];
  let length = 0;
  let space = true;
  const walker = doc.createTreeWalker(root, 5 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode: (n) => (n.nodeType === 1 && SKIP.has((n as Element).tagName.toUpperCase()) ? 2 /* REJECT */ : 1 /* ACCEPT */),
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === 1) {
      // <br> reads as a space in the article text.
      if ((n as Element).tagName === 'BR' && !space) {
        parts.push(' ');
        length++;
        space = true;
      }
      continue;
    }
    const data = (n as Text).data;
    const seg: Segment = { node: n as Text, start: length, space };
    let out = '';
    for (let i = 0; i < data.length; i++) {
      const ch = data[i]!;
      if (ZERO_WIDTH.test(ch)) continue;
      const isSpace = SPACE.test(ch);
      if (isSpace && space) continue;
      out += isSpace ? ' ' : ch;
      space = isSpace;
    }
    if (!out) continue;
    segments.push(seg);
    parts.push(out);
    length += out.length;
  }
  const page = parts.join('');

  const placed: Placed[] = [];
  let cursor = 0;
  let textStart = 0;
  for (const paragraph of articleText.split('\n\n')) {
    const at = paragraph ? page.indexOf(paragraph, cursor) : -1;
    if (at >= 0) {
      placed.push({ textStart, textEnd: textStart + paragraph.length, at });
      cursor = at + paragraph.length;
    }
    textStart += paragraph.length + 2;
  }

  return {
    placed: placed.length,
    rangeOf(start, end) {
      if (!(end > start)) return null;
      const p = placed.find((x) => x.textStart <= start && end <= x.textEnd);
      if (!p) return null;
      const from = p.at + (start - p.textStart);
      const to = p.at + (end - p.textStart) - 1; // last character, inclusive
      const a = segmentAt(segments, from);
      const b = segmentAt(segments, to);
      if (!a || !b) return null;
      const range = doc.createRange();
      range.setStart(a.node, rawIndex(a, from - a.start));
      range.setEnd(b.node, rawIndex(b, to - b.start) + 1);
      return range;
    },
  };
}
