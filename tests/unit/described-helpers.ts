// Shared by the tests of described sources: an article's source cards on packs that know nothing, and claims built by hand.
import { memoryKnowledge } from '../../src/cache';
import { articleContext } from '../../src/context';
import { describedBodies } from '../../src/context/described-bodies';
import { groupSources } from '../../src/context/source-groups';
import type { PageContext, SourceCard } from '../../src/context/types';
import type { Claim } from '../../src/extract/types';
import type { Pack } from '../../src/packs';

const emptyPack: Pack = {
  format: 'backstory-pack',
  formatVersion: 1,
  pack: { id: 'described-tests', name: 'Described bodies tests', version: '1.0.0', license: 'CC0', publisher: 'Tests', created: '2026-11-28' },
  entities: [],
  claims: [],
  corrections: [],
  reports: [],
  stories: [],
};

/** The source cards the sidebar shows for an article text, with no pack knowing any of its names. */
export async function articleCards(text: string): Promise<SourceCard[]> {
  const url = 'https://news.example/a';
  const ctx = await articleContext(
    { url, detection: { isArticle: true, site: null, reason: 'test' }, article: { title: 'T', byline: [], publishedAt: null, siteName: null, lang: 'en', canonicalUrl: url, text } },
    memoryKnowledge([emptyPack]),
  );
  return groupSources(ctx).cards;
}

/** The sidebar's whole context for an article text, with no pack knowing any of its names. */
export function articleContextOf(text: string): Promise<PageContext> {
  const url = 'https://news.example/a';
  return articleContext(
    { url, detection: { isArticle: true, site: null, reason: 'test' }, article: { title: 'T', byline: [], publishedAt: null, siteName: null, lang: 'en', canonicalUrl: url, text } },
    memoryKnowledge([emptyPack]),
  );
}

/** A figure claim of 12 people that only a description (`reportedBy`) gives. */
export const counted = (text: string, reportedBy: string, about = 'killed'): Claim =>
  ({
    kind: 'figure',
    text,
    attributedTo: null,
    reportedBy,
    figures: [{ value: 12, comparator: '=', upTo: null, unit: 'people', about, span: { start: 0, end: 1 } }],
    span: { start: 0, end: 1 },
  }) as unknown as Claim;

/** A statement that only a description (`reportedBy`) makes. */
export const said = (text: string, reportedBy: string): Claim => ({ kind: 'statement', text, attributedTo: null, reportedBy, figures: [], span: { start: 0, end: 1 } });

/** Each described card of the claims as [name, kind, describes]. */
export const cardsOf = (text: string, claims: Claim[]) => describedBodies(claims, text).map((c) => [c.name, c.kind, c.describes]);
