/** Metadata and body of a page that was recognised as a news article. */
export interface ArticleMeta {
  title: string | null;
  byline: string[];
  /** ISO 8601, or null when the page does not say. */
  publishedAt: string | null;
  siteName: string | null;
  lang: string | null;
  canonicalUrl: string | null;
  /** Body text, paragraphs separated by a blank line ("\n\n"). */
  text: string;
}

export interface Detection {
  isArticle: boolean;
  /** Id of the site adapter that matched the URL, or null. */
  site: string | null;
  /** Why the page was or was not taken for an article (for debugging and the feedback UI). */
  reason: string;
}

/**
 * A site adapter: declarative data for one news site. Selectors are optional; the generic path
 * (JSON-LD, OpenGraph, page structure) handles whatever an adapter does not say.
 */
export interface SiteAdapter {
  id: string;
  name: string;
  /** ISO 3166-1 alpha-2 code of the country the newsroom is based in. */
  country: string;
  /** Hostnames without "www."; subdomains match too. */
  hosts: string[];
  /** Regex sources tested against the URL path; a page whose path matches none is not an article. */
  articlePaths?: string[];
  body?: string;
  byline?: string;
  date?: string;
  /** Elements removed from the body before text is read (related links, captions, ads...). */
  strip?: string[];
  lang?: string;
}
