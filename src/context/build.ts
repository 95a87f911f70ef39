import { hostOf } from '../cache/normalize';
import type { Knowledge } from '../cache/knowledge';
import { applicableCorrections } from './corrections';
import { findDiscrepancies } from './discrepancies';
import { entityInfo } from './entity-info';
import { reviewClaims } from './reviews';
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
export async function buildContext(page: PageAnalysis, knowledge: Knowledge): Promise<PageContext> {
  const { article, extraction } = page;
  const { text, ...meta } = article;
  const host = hostOf(article.canonicalUrl) ?? hostOf(page.url);
  const [publisher, matches, corrections, story] = await Promise.all([
    host ? knowledge.entityByDomain(host) : Promise.resolve(null),
    matchSources(extraction.mentions.filter((m) => m.kind !== 'place'), knowledge),
    applicableCorrections(text, knowledge),
    findStory(text, knowledge),
  ]);
  const matched = matches.flatMap((m) => (m.entity ? [m.entity] : []));
  const ownerIds = [...matched, ...(publisher ? [publisher] : [])].flatMap((e) => (e.owner ? [e.owner] : []));
  const reports = story ? await knowledge.reportsForStory(story.id) : [];
  const related = reports.filter((r) => !sameUrl(article.canonicalUrl ?? page.url, r.url) && r.outlet !== publisher?.id);
  const others = await knowledge.entitiesByIds([...new Set([...ownerIds, ...reports.map((r) => r.outlet)])]);
  const nameOf = (id: string) => others.get(id)?.name ?? id;

  const reviews = await reviewClaims(extraction.claims, matches, knowledge);
  const sources: SourceCard[] = matches.map(({ mention, entity, matchedBy }) => ({
    name: mention.name,
    kind: entity?.kind ?? mention.kind,
    count: mention.count,
    forms: mention.forms,
    role: mention.role,
    firstSpan: mention.spans[0] ?? null,
    entity: entity ? entityInfo(entity, others) : null,
    matchedBy,
  }));
  const relatedReports: RelatedReport[] = related
    .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))
    .slice(0, MAX_RELATED)
    .map((r) => ({ title: r.title, outlet: nameOf(r.outlet), url: r.url, publishedAt: r.publishedAt }));

  return {
    url: page.url,
    site: page.detection.site,
    article: meta,
    publisher: publisher ? entityInfo(publisher, others) : null,
    sources: sortSources(sources),
    claims: extraction.claims.map((c, i) => ({ ...c, reviews: reviews[i] ?? [] })),
    corrections,
    discrepancies: findDiscrepancies(extraction.claims, reports, nameOf),
    story: story ? { id: story.id, title: story.title } : null,
    related: relatedReports,
  };
}

/** Sources in order of first mention, so the list reads like the article. */
function sortSources(cards: SourceCard[]): SourceCard[] {
  return cards.sort((a, b) => (a.firstSpan?.start ?? Infinity) - (b.firstSpan?.start ?? Infinity));
}

