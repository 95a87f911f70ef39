import { hostOf } from '../cache/normalize';
import type { Knowledge } from '../cache/knowledge';
import type { Entity, Report } from '../packs/format';
import { citedMentions } from './cited';
import { creditNamedBodies, describedBodies, namedAfterDescribed } from './described-bodies';
import { creditCardedClaims, creditCardedRows } from './carded-reporters';
import { applicableCorrections } from './corrections';
import { findDiscrepancies } from './discrepancies';
import { entityInfo } from './entity-info';
import { extractWithKnowledge } from './extract-with-knowledge';
import { reportPlaces } from './report-places';
import { reviewClaims } from './reviews';
import { oneCardPerEntity } from './same-entity';
import { matchSources } from './sources';
import { findStory } from './story';
import type { PageAnalysis, PageContext, RelatedReport, SourceCard } from './types';

const MAX_RELATED = 12;

function sameUrl(a: string | null, b: string): boolean {
  if (!a) return false;
  const strip = (u: string) => u.replace(/^https?:\/\/(www\.)?/i, '').replace(/[#?].*$/, '').replace(/\/$/, '');
  return strip(a) === strip(b);
}

/** Turns what a page says into what the sidebar shows, using only installed knowledge. */
export function buildContext(page: PageAnalysis, knowledge: Knowledge): Promise<PageContext> {
  return knowledge.consistently((snapshot) => build(page, snapshot));
}

/** Extracts an article's text (the packs as gazetteer) and builds its context, from one state of the packs. */
export function articleContext(page: Omit<PageAnalysis, 'extraction'>, knowledge: Knowledge): Promise<PageContext> {
  return knowledge.consistently(async (snapshot) => build({ ...page, extraction: await extractWithKnowledge(page.article.text, snapshot) }, snapshot));
}

async function build(page: PageAnalysis, knowledge: Knowledge): Promise<PageContext> {
  const { article, extraction } = page;
  const { text, ...meta } = article;
  const host = hostOf(article.canonicalUrl) ?? hostOf(page.url);
  // Lookups that do not depend on each other run at once; each waits only for what it needs.
  const matching = matchSources(extraction.mentions.filter((m) => m.kind !== 'place'), knowledge);
  const publishing = host ? knowledge.entityByDomain(host) : Promise.resolve(null);
  const reporting = findStory(text, knowledge).then(async (story) => ({ story, reports: story ? await knowledge.reportsForStory(story.id) : [] }));
  const [publisher, matches, corrections, { story, reports }, reviews, owners, outlets, placed] = await Promise.all([
    publishing,
    matching,
    applicableCorrections(text, knowledge),
    reporting,
    matching.then((m) => reviewClaims(extraction.claims, m, knowledge)),
    Promise.all([matching, publishing]).then(([m, p]) => knowledge.entitiesByIds(ownerIds([...m.map((x) => x.entity), p]))),
    reporting.then(({ reports: r }) => knowledge.entitiesByIds([...new Set(r.map((x) => x.outlet))])),
    reporting.then(({ reports: r }) => knowledge.entitiesByIds(placeIds(r))),
  ]);
  const related = reports.filter((r) => !sameUrl(article.canonicalUrl ?? page.url, r.url) && r.outlet !== publisher?.id);
  const others = new Map([...owners, ...outlets]);
  const nameOf = (id: string) => others.get(id)?.name ?? id;

  const cited = citedMentions(extraction, text);
  const sources: SourceCard[] = matches.map(({ mention, entity, matchedBy }) => ({
    name: mention.name,
    kind: entity?.kind ?? mention.kind,
    count: mention.count,
    forms: mention.forms,
    role: mention.role,
    firstSpan: mention.spans[0] ?? null,
    entity: entity ? entityInfo(entity, others) : null,
    matchedBy,
    cited: cited.has(mention),
  }));
  const relatedReports: RelatedReport[] = related
    .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))
    .slice(0, MAX_RELATED)
    .map((r) => ({ title: r.title, outlet: nameOf(r.outlet), url: r.url, publishedAt: r.publishedAt }));

  const articleTime = article.publishedAt ? Date.parse(article.publishedAt) : NaN;
  const cards = namedAfterDescribed(oneCardPerEntity(sortSources(creditNamedBodies(sources, describedBodies(extraction.claims, text)))), extraction.claims);
  return {
    url: page.url,
    site: page.detection.site,
    article: meta,
    publisher: publisher ? entityInfo(publisher, others) : null,
    sources: cards,
    claims: creditCardedClaims(extraction.claims, cards).map((c, i) => ({ ...c, reviews: reviews[i] ?? [] })),
    corrections,
    discrepancies: creditCardedRows(findDiscrepancies(extraction.claims, reports.filter((r) => toldNear(r.publishedAt, articleTime)), nameOf, extraction.mentions, text, reportPlaces(reports, placed)), cards),
    story: story ? { id: story.id, title: story.title } : null,
    related: relatedReports,
  };
}

/**
 * A cached report's tolls are set against the article's only when told near its date: months apart, a long story's count
 * (a war's, a fire's early toll) is another day's or another attack's, not a rival. An article of no known date takes none of
 * the dated reports (they are still listed as related): nothing then ties a report of one attack of a long war to the attack
 * the article tells of, and a mayor's count of one town's dead stood against every toll of every article of that war.
 */
function toldNear(report: string, articleTime: number): boolean {
  const r = Date.parse(report);
  if (Number.isNaN(r)) return true;
  return !Number.isNaN(articleTime) && Math.abs(articleTime - r) <= REPORT_DAYS * DAY_MS;
}
// Wide enough for a report dated by its month alone ("2017-06").
const REPORT_DAYS = 45;
const DAY_MS = 86_400_000;

/** The entities the reports with tolls name, among them the places they are of (reportPlaces). */
function placeIds(reports: readonly Report[]): string[] {
  return [...new Set(reports.flatMap((r) => (r.figures.length ? r.entityIds : [])))];
}

/** Owners of the given entities (a source's or the publisher's parent organisation). */
function ownerIds(entities: (Entity | null)[]): string[] {
  return [...new Set(entities.flatMap((e) => (e?.owner ? [e.owner] : [])))];
}

/** Sources in order of first mention, so the list reads like the article. */
function sortSources(cards: SourceCard[]): SourceCard[] {
  return cards.sort((a, b) => (a.firstSpan?.start ?? Infinity) - (b.firstSpan?.start ?? Infinity));
}

