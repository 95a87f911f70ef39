import * as v from 'valibot';

// Limits that bound what one message can make the background do.
const MAX_TEXT = 300_000;
const MAX_ITEMS = 2_000;
const str = (max: number) => v.pipe(v.string(), v.maxLength(max));
const nullableStr = (max: number) => v.nullable(str(max));
const span = v.object({ start: v.pipe(v.number(), v.integer(), v.minValue(0)), end: v.pipe(v.number(), v.integer(), v.minValue(0)) });
const kind = v.picklist(['outlet', 'organization', 'person', 'government', 'event', 'place', 'other']);
const comparator = v.picklist(['=', '>', '>=', '<', '<=', '~']);
const httpUrl = v.pipe(str(4_096), v.regex(/^https?:\/\//i, 'must be an http(s) URL'));

const figure = v.object({
  value: v.pipe(v.number(), v.finite()),
  comparator,
  unit: nullableStr(200),
  about: nullableStr(100),
  phrase: str(500),
  span,
});

export const PageAnalysisSchema = v.object({
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
  extraction: v.object({
    mentions: v.pipe(
      v.array(v.object({ name: str(500), kind, count: v.number(), forms: v.pipe(v.array(str(500)), v.maxLength(100)), role: nullableStr(500), spans: v.pipe(v.array(span), v.maxLength(MAX_ITEMS)) })),
      v.maxLength(MAX_ITEMS),
    ),
    claims: v.pipe(
      v.array(v.object({ kind: v.picklist(['quote', 'figure', 'statement']), text: str(20_000), attributedTo: nullableStr(500), figures: v.pipe(v.array(figure), v.maxLength(100)), span })),
      v.maxLength(MAX_ITEMS),
    ),
  }),
});

export const TabIdSchema = v.pipe(v.number(), v.integer(), v.minValue(0));
export const SearchQuerySchema = v.object({ query: str(200), limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(50))) });

/** A pack file of up to 100 MB of JSON text. */
export const MAX_PACK_CHARS = 100 * 1024 * 1024;
export const PackIdSchema = str(120);
