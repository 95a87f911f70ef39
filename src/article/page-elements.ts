/**
 * The elements that detection and the body readers look up, found by one query: each query walks
 * the whole page (in a browser natively, in Node through linkedom), so asking once is what counts.
 */
import { attr, qa, tagOf } from './dom';

export interface PageElements {
  /** Every <script>, for the JSON-LD blocks among them. */
  scripts: Element[];
  articles: Element[];
  /** The first <main>, the first [itemprop="articleBody"], the first [role="main"]. */
  main: Element | null;
  articleBody: Element | null;
  roleMain: Element | null;
  /** The page has a MediaWiki content or heading element (#mw-content-text, #firstHeading). */
  wikiIds: boolean;
}

const SELECTOR = 'script, article, main, [itemprop="articleBody"], [role="main"], [id="mw-content-text"], [id="firstHeading"]';

export function pageElements(doc: Document): PageElements {
  const found: PageElements = { scripts: [], articles: [], main: null, articleBody: null, roleMain: null, wikiIds: false };
  for (const el of qa(doc, SELECTOR)) {
    const tag = tagOf(el);
    if (tag === 'script') found.scripts.push(el);
    else if (tag === 'article') found.articles.push(el);
    else if (tag === 'main') found.main ??= el;
    // One element may answer several of the selectors.
    if (attr(el, 'itemprop') === 'articleBody') found.articleBody ??= el;
    if (attr(el, 'role') === 'main') found.roleMain ??= el;
    const id = attr(el, 'id');
    if (id === 'mw-content-text' || id === 'firstHeading') found.wikiIds = true;
  }
  return found;
}
