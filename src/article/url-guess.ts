import { matchesArticlePath, sectionFrontReason } from './detect';
import { adapterForUrl } from './sites';

/**
 * Whether a URL of a supported site looks like one of its articles, from the URL alone: the guess made
 * before the document exists (the sidebar frame starts loading on it), which detection then confirms
 * or overrules. Decoding matches detection's own reading of the path.
 */
export function looksLikeArticleUrl(url: string): boolean {
  const adapter = adapterForUrl(url);
  if (!adapter) return false;
  const raw = URL.canParse(url) ? new URL(url).pathname : '/';
  let path = raw;
  try {
    path = decodeURIComponent(raw);
  } catch {
    // detection reads an undecodable path as it is, and so does this guess
  }
  return adapter.articlePaths?.length ? matchesArticlePath(adapter, path) : sectionFrontReason(path) === null;
}
