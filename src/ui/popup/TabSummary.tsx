import type { PageContext } from '../../context/types';
import { kindLabel } from '../shared/format';

/** What Backstory found on the current tab. */
export function TabSummary({ context }: { context: PageContext | null }) {
  if (!context) return <p class="state">No news article recognised on this tab.</p>;
  const known = context.sources.filter((s) => s.entity).length;
  const quotes = context.claims.filter((c) => c.kind === 'quote').length;
  const figures = context.claims.filter((c) => c.kind === 'figure').length;
  return (
    <section class="summary" aria-label="This tab">
      <p class="summary-title">{context.article.title ?? context.url}</p>
      <p class="meta">
        {context.sources.length} sources ({known} known) · {quotes} quotes · {figures} figures
        {context.corrections.length ? ` · ${context.corrections.length} correction` : ''}
        {context.discrepancies.length ? ` · ${context.discrepancies.length} reported differently` : ''}
      </p>
      <ul class="chips">
        {context.sources.slice(0, 8).map((s) => (
          <li key={s.name} title={kindLabel[s.kind]}>
            {s.entity?.name ?? s.name}
          </li>
        ))}
      </ul>
    </section>
  );
}
