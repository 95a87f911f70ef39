import * as v from 'valibot';

// Limits that bound what one message can make the background do.
const MAX_TEXT = 300_000;
const str = (max: number) => v.pipe(v.string(), v.maxLength(max));
const nullableStr = (max: number) => v.nullable(str(max));
const httpUrl = v.pipe(str(4_096), v.regex(/^https?:\/\//i, 'must be an http(s) URL'));

/** What a content script found on a page: the article's metadata and body text, before extraction. */
export const ArticlePageSchema = v.object({
  url: httpUrl,
  detection: v.object({ isArticle: v.boolean(), site: nullableStr(100), reason: str(500) }),
  article: v.object({
    title: nullableStr(2_000),
    byline: v.pipe(v.array(str(300)), v.maxLength(50)),
    publishedAt: nullableStr(100),
    siteName: nullableStr(300),
    lang: nullableStr(50),
    canonicalUrl: v.nullable(httpUrl),
    text: str(MAX_TEXT),
  }),
});

export const TabIdSchema = v.pipe(v.number(), v.integer(), v.minValue(0));
export const SearchQuerySchema = v.object({ query: str(200), limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(50))) });

/** A pack file of up to 100 MB of JSON text. */
export const MAX_PACK_CHARS = 100 * 1024 * 1024;
export const PackIdSchema = str(120);
