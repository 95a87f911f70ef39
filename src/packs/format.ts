import * as v from 'valibot';
import type { Change } from '../extract/types';

/**
 * Knowledge pack format, version 1. Documented in docs/packs.md. Every fact carries the URL of
 * its source; text fields are plain text (never HTML) and URLs must be http(s).
 */
export const PACK_FORMAT = 'backstory-pack';
export const PACK_FORMAT_VERSION = 1;

const MAX_TEXT = 2_000;
const MAX_ID = 120;
const MAX_LIST = 200;

const httpUrl = v.pipe(
  v.string(),
  v.maxLength(2_048),
  v.check((s) => /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(s), 'must be an http(s) URL'),
);
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_ID), v.regex(/^[a-z0-9][a-z0-9._:-]*$/, 'must be lower-case letters, digits, ".", "_", ":" or "-"'));
const text = (max = MAX_TEXT) =>
  v.pipe(v.string(), v.minLength(1), v.maxLength(max), v.check((s) => !/<\s*\/?\s*[a-z!]/i.test(s), 'must be plain text, not HTML'));
const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-](\d{2}):(\d{2}))?)?)?)?$/;

/** A year, year-month, date or date-time that exists on the calendar (no month 13, no 31 April, no hour 25). */
function isRealDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const [, y, mo = '01', d = '01', h = '00', mi = '00', sec = '00', oh = '00', om = '00'] = m;
  const date = new Date(Date.UTC(+y!, +mo - 1, +d));
  return (
    date.getUTCMonth() === +mo - 1 && date.getUTCDate() === +d && +mo >= 1 &&
    +h <= 23 && +mi <= 59 && +sec <= 59 && +oh <= 23 && +om <= 59
  );
}
const isoDate = v.pipe(v.string(), v.maxLength(40), v.check(isRealDate, 'must be an ISO 8601 date'));
const list = <T extends v.GenericSchema>(item: T) => v.pipe(v.array(item), v.maxLength(MAX_LIST));

export const entityKinds = ['outlet', 'organization', 'person', 'government', 'event', 'place', 'other'] as const;
export const verdicts = ['true', 'mostly-true', 'mixed', 'mostly-false', 'false', 'misleading', 'unproven', 'other'] as const;
export const comparators = ['=', '>', '>=', '<', '<=', '~'] as const;
export const changes = ['rise', 'fall'] as const satisfies readonly Change[];

/** A rating of an entity by a named rater. Ratings are listed, never averaged. */
export const RatingSchema = v.strictObject({
  rater: text(200),
  value: text(200),
  date: isoDate,
  url: httpUrl,
});

export const EntitySchema = v.strictObject({
  id,
  kind: v.picklist(entityKinds),
  name: text(300),
  aliases: v.optional(list(text(300)), []),
  /** One true sentence saying who or what this is. */
  description: text(400),
  country: v.optional(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code'))),
  domains: v.optional(list(v.pipe(v.string(), v.regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, 'must be a bare domain name'))), []),
  founded: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(2100))),
  /** Entity id of the owner or parent organisation. */
  owner: v.optional(id),
  funding: v.optional(text(400)),
  role: v.optional(text(300)),
  wikidata: v.optional(v.pipe(v.string(), v.regex(/^Q\d+$/, 'must be a Wikidata id such as Q42'))),
  ratings: v.optional(list(RatingSchema), []),
  /** Where the facts above come from. */
  source: httpUrl,
});

const figureEntries = {
  value: v.pipe(v.number(), v.finite()),
  comparator: v.optional(v.picklist(comparators), '='),
  /** High end of a range ("between 12 and 15": value 12, upTo 15), in the same unit; absent for one number. */
  upTo: v.optional(v.pipe(v.number('must be a number'), v.finite())),
  /** A figure that states a change, and which way ("rose 5%"); absent for a level or a count. Never compared with counts. */
  change: v.optional(v.picklist(changes, 'must be "rise" or "fall"')),
  unit: v.optional(text(100)),
  /** What the number counts, in the words extraction uses ("killed", "detained"). */
  about: v.optional(text(100)),
};
/** A range's high end is above its low end: "upTo" 10 with "value" 12 is a typing error. */
const upToAboveValue = (f: { value: number; upTo?: number }): boolean => f.upTo === undefined || f.upTo > f.value;
const UP_TO_BELOW = 'must be greater than value';

const FigureObject = v.strictObject(figureEntries);
export const FigureSchema = v.pipe(FigureObject, v.forward(v.check((f: v.InferOutput<typeof FigureObject>) => upToAboveValue(f), UP_TO_BELOW), ['upTo']));

/** A review of a claim, in schema.org ClaimReview terms. */
export const ReviewSchema = v.strictObject({
  publisher: text(200),
  url: httpUrl,
  date: isoDate,
  ratingText: text(200),
  verdict: v.picklist(verdicts),
});

export const ClaimSchema = v.strictObject({
  id,
  text: text(),
  claimant: v.optional(text(300)),
  date: v.optional(isoDate),
  figures: v.optional(list(FigureSchema), []),
  entityIds: v.optional(list(id), []),
  storyId: v.optional(id),
  reviews: v.pipe(list(ReviewSchema), v.minLength(1, 'needs at least one review')),
});

/** A common error (a wrong title, a misattribution) and what is right. */
export const CorrectionSchema = v.strictObject({
  id,
  /** The wrong form as it appears in articles, e.g. "Human Rights Council President Chad Griffin". */
  wrong: text(400),
  /** Shorter forms that identify the error in text; each must appear for the correction to apply. */
  patterns: v.pipe(list(text(200)), v.minLength(1)),
  right: text(400),
  note: text(),
  entityIds: v.optional(list(id), []),
  source: httpUrl,
});

const ReportFigureObject = v.strictObject({ ...figureEntries, attributedTo: v.optional(text(300)) });
export const ReportFigureSchema = v.pipe(ReportFigureObject, v.forward(v.check((f: v.InferOutput<typeof ReportFigureObject>) => upToAboveValue(f), UP_TO_BELOW), ['upTo']));

export const ReportSchema = v.strictObject({
  id,
  url: httpUrl,
  /** Entity id of the outlet or organisation that published it. */
  outlet: id,
  title: text(500),
  publishedAt: isoDate,
  storyId: v.optional(id),
  entityIds: v.optional(list(id), []),
  figures: v.optional(list(ReportFigureSchema), []),
});

export const StorySchema = v.strictObject({
  id,
  title: text(300),
  from: isoDate,
  to: v.optional(isoDate),
  keywords: v.pipe(list(text(100)), v.minLength(1)),
  source: httpUrl,
});

export const PackMetaSchema = v.strictObject({
  id,
  name: text(200),
  version: v.pipe(v.string(), v.regex(/^\d+\.\d+\.\d+$/, 'must be a semantic version such as 1.2.0')),
  license: text(200),
  publisher: text(200),
  created: isoDate,
  description: v.optional(text()),
});

export const PackSchema = v.strictObject({
  format: v.literal(PACK_FORMAT),
  formatVersion: v.literal(PACK_FORMAT_VERSION),
  pack: PackMetaSchema,
  entities: v.optional(v.array(EntitySchema), []),
  claims: v.optional(v.array(ClaimSchema), []),
  corrections: v.optional(v.array(CorrectionSchema), []),
  reports: v.optional(v.array(ReportSchema), []),
  stories: v.optional(v.array(StorySchema), []),
});

export type Pack = v.InferOutput<typeof PackSchema>;
export type PackMeta = v.InferOutput<typeof PackMetaSchema>;
export type Entity = v.InferOutput<typeof EntitySchema>;
export type PackClaim = v.InferOutput<typeof ClaimSchema>;
export type Review = v.InferOutput<typeof ReviewSchema>;
export type Correction = v.InferOutput<typeof CorrectionSchema>;
export type Report = v.InferOutput<typeof ReportSchema>;
export type Story = v.InferOutput<typeof StorySchema>;
export type EntityKind = (typeof entityKinds)[number];
