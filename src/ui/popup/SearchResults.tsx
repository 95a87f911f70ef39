import type { SearchResults as Results } from '../../cache/search';
import { clip, formatDate, kindLabel } from '../shared/format';
import { plural, t, type MessageKey } from '../shared/i18n';
import { resultItems, type ResultItem } from './result-items';

const groups: { group: ResultItem['group']; label: MessageKey }[] = [
  { group: 'sources', label: 'sectionSources' },
  { group: 'claims', label: 'factChecks' },
  { group: 'reports', label: 'reports' },
];

function ItemBody({ item }: { item: ResultItem }) {
  if (item.group === 'sources')
    return (
      <>
        <span class="card-head">
          <span class="card-title">{item.entity.name}</span>
          <span class="kind">{kindLabel(item.entity.kind)}</span>
        </span>
        <span class="desc">{clip(item.entity.description, 120)}</span>
      </>
    );
  if (item.group === 'claims')
    return (
      <>
        <span class="card-title claim-text">“{clip(item.claim.text, 140)}”</span>
        <span class="meta">
          <strong>{item.claim.verdict}</strong> · {item.claim.publisher}
        </span>
      </>
    );
  return (
    <>
      <span class="card-title">{item.report.title}</span>
      <span class="meta">
        {item.report.outletName} · {formatDate(item.report.publishedAt)}
      </span>
    </>
  );
}

/**
 * Search hits grouped by what they are. Each hit is a button: arrow keys move between them (the
 * popup's App handles the keys), Enter or a click opens its detail view.
 */
export function SearchResults({ results, onOpen }: { results: Results; onOpen: (item: ResultItem, index: number) => void }) {
  if (!results.total)
    return (
      <p class="state" role="status">
        {t('noResults', results.query)}
      </p>
    );
  const items = resultItems(results);
  return (
    <div class="results">
      <p class="meta" role="status">
        {plural(results.total, 'resultsOne', 'resultsMany')}
      </p>
      {groups.map(({ group, label }) => {
        const inGroup = items.map((item, index) => ({ item, index })).filter((x) => x.item.group === group);
        if (!inGroup.length) return null;
        return (
          <section key={group} aria-label={t(label)}>
            <h2>{t(label)}</h2>
            <ul class="list">
              {inGroup.map(({ item, index }) => (
                <li key={item.key}>
                  <button type="button" class="card result" data-index={index} onClick={() => onOpen(item, index)}>
                    <ItemBody item={item} />
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
