/**
 * Where the expanded in-page sidebar goes. It is a fixed overlay, so it never shifts the page's
 * layout. On a wide screen it takes the free margin to the right of the article's text (up to
 * MAX_WIDTH), so it covers at most a rail of related links, never the text; when that margin is
 * narrower than MIN_WIDTH (small windows, 200 % zoom) it overlays the page at MIN_WIDTH, or the whole
 * width on very narrow screens, and the reader collapses it to read on.
 */
export const MIN_WIDTH = 320;
export const MAX_WIDTH = 420;
const GAP = 16;

export function expandedWidth(viewportWidth: number, articleRight: number | null): number {
  if (viewportWidth < MIN_WIDTH + 80) return viewportWidth;
  const free = articleRight === null ? 0 : viewportWidth - articleRight - GAP;
  return Math.round(Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, free)));
}
