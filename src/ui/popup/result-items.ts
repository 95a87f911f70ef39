import type { SearchResults } from '../../cache/search';

export type ResultItem =
  | { group: 'sources'; key: string; entity: SearchResults['entities'][number] }
  | { group: 'claims'; key: string; claim: SearchResults['claims'][number] }
  | { group: 'reports'; key: string; report: SearchResults['reports'][number] };

/** The results as one list in display order (sources, fact-checks, reports), for arrow-key navigation. */
export function resultItems(results: SearchResults): ResultItem[] {
  return [
    ...results.entities.map((entity) => ({ group: 'sources' as const, key: `e:${entity.id}`, entity })),
    ...results.claims.map((claim) => ({ group: 'claims' as const, key: `c:${claim.id}`, claim })),
    ...results.reports.map((report) => ({ group: 'reports' as const, key: `r:${report.id}`, report })),
  ];
}

/** A DOM id for an option (ids may hold any character; these stay valid and unique). */
export const optionId = (item: ResultItem, index: number) => `opt-${index}-${item.group}`;
