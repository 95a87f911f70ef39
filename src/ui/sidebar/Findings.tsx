import type { Discrepancy, RelatedReport } from '../../context/types';
import { ExternalLink } from '../shared/ExternalLink';
import { formatDate, formatFigure } from '../shared/format';
import { t } from '../shared/i18n';

/** Figures that differ between this article and other reports, side by side, each with its date. */
export function Discrepancies({ items }: { items: Discrepancy[] }) {
  return (
    <ul class="list">
      {items.map((d) => (
        <li key={d.about} class="card discrepancy">
          <p class="about-title">{t('peopleAbout', d.about)}</p>
          <div class="side-by-side">
            {d.values.map((v) => (
              <div class="value" key={`${v.value}-${v.upTo}-${v.attributedTo}-${v.reportedBy}-${v.url}`}>
                <span class="figure-value">{formatFigure(v)}</span>
                <span class="by">{v.attributedTo ?? (v.reportedBy ? t('unnamedSource', v.reportedBy) : t('unattributed'))}</span>
                <span class="where">
                  {v.origin === 'article' ? t('inThisArticle') : <ExternalLink href={v.url}>{t('reportOn', formatDate(v.publishedAt))}</ExternalLink>}
                </span>
              </div>
            ))}
          </div>
        </li>
      ))}
    </ul>
  );
}

/** Other outlets' reports on the same story, newest first (as the context builder orders them). */
export function Related({ items }: { items: RelatedReport[] }) {
  return (
    <ul class="list related">
      {items.map((r) => (
        <li key={r.url} class="card report">
          <ExternalLink href={r.url} class="report-title">
            {r.title}
          </ExternalLink>
          <p class="meta">
            {r.outlet} · <time dateTime={r.publishedAt}>{formatDate(r.publishedAt)}</time>
          </p>
        </li>
      ))}
    </ul>
  );
}
