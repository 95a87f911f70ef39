import type { CorrectionCard, Discrepancy, RelatedReport } from '../../context/types';
import { ExternalLink } from '../shared/ExternalLink';
import { formatDate, formatFigure } from '../shared/format';

export function Corrections({ items }: { items: CorrectionCard[] }) {
  return (
    <ul class="list">
      {items.map((c) => (
        <li key={c.text} class="card correction">
          <p class="wrong">The article says: “{c.text}”</p>
          <p class="right">{c.right}</p>
          <p class="note">{c.note}</p>
          <ExternalLink href={c.url}>Source</ExternalLink>
        </li>
      ))}
    </ul>
  );
}

export function Discrepancies({ items }: { items: Discrepancy[] }) {
  return (
    <ul class="list">
      {items.map((d) => (
        <li key={d.about} class="card discrepancy">
          <p class="about-title">People {d.about}</p>
          <div class="side-by-side">
            {d.values.map((v) => (
              <div class="value" key={`${v.value}-${v.attributedTo}`}>
                <span class="figure-value">{formatFigure(v.value, v.comparator)}</span>
                <span class="by">{v.attributedTo ?? 'unattributed'}</span>
                <span class="where">
                  {v.origin === 'article' ? 'in this article' : <ExternalLink href={v.url}>{`report, ${formatDate(v.publishedAt)}`}</ExternalLink>}
                </span>
              </div>
            ))}
          </div>
        </li>
      ))}
    </ul>
  );
}

export function Related({ items }: { items: RelatedReport[] }) {
  return (
    <ul class="list related">
      {items.map((r) => (
        <li key={r.url} class="card report">
          <ExternalLink href={r.url} class="report-title">{r.title}</ExternalLink>
          <p class="meta">
            {r.outlet} · {formatDate(r.publishedAt)}
          </p>
        </li>
      ))}
    </ul>
  );
}
