import { useEffect, useRef } from 'preact/hooks';
import { ExternalLink } from '../shared/ExternalLink';
import { formatDate, kindLabel } from '../shared/format';
import { t } from '../shared/i18n';
import type { ResultItem } from './result-items';

/** One search hit in full, with its cited source; Back (or Escape) returns to the results. */
export function Detail({ item, onBack }: { item: ResultItem; onBack: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [item]);
  return (
    <section class="detail" aria-labelledby="detail-title">
      <button type="button" class="back" onClick={onBack}>
        ← {t('backToResults')}
      </button>
      {item.group === 'sources' && (
        <>
          <p class="kind">{kindLabel(item.entity.kind)}</p>
          <h2 id="detail-title" ref={heading} tabIndex={-1}>
            {item.entity.name}
          </h2>
          <p class="desc">{item.entity.description}</p>
          <ExternalLink href={item.entity.source}>{t('citedSource')}</ExternalLink>
        </>
      )}
      {item.group === 'claims' && (
        <>
          <p class="kind">{t('factCheck')}</p>
          <h2 id="detail-title" ref={heading} tabIndex={-1} class="claim-text">
            “{item.claim.text}”
          </h2>
          {item.claim.claimant && <p class="meta">{t('saidBy', item.claim.claimant)}</p>}
          <p>
            <strong>{item.claim.verdict}</strong> — <ExternalLink href={item.claim.url}>{item.claim.publisher}</ExternalLink>
          </p>
        </>
      )}
      {item.group === 'reports' && (
        <>
          <p class="kind">{t('report')}</p>
          <h2 id="detail-title" ref={heading} tabIndex={-1}>
            {item.report.title}
          </h2>
          <p class="meta">
            {item.report.outletName} · {formatDate(item.report.publishedAt)}
          </p>
          <ExternalLink href={item.report.url}>{t('readReport')}</ExternalLink>
        </>
      )}
    </section>
  );
}
