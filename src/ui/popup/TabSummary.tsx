import type { PageContext } from '../../context/types';
import { kindLabel } from '../shared/format';
import { plural, t } from '../shared/i18n';
import { groupSources } from '../../context/source-groups';
import { summary } from '../sidebar/summary';
import { expandInPage, hasBrowserPanel, openBrowserPanel } from './open-sidebar';
import { ReadThisPage } from './ReadThisPage';

/**
 * What Backstory found on the current tab, with the ways to open its sidebar; on a tab where it found
 * nothing, the way to have it read the page.
 */
export function TabSummary(props: { context: PageContext | null; tabId: number | null; url: string | null; onRead: (context: PageContext) => void }) {
  const { context, tabId } = props;
  if (tabId === null) return <p class="state">{t('noArticle')}</p>;
  if (!context) return <ReadThisPage tabId={tabId} url={props.url} onRead={props.onRead} />;
  const quotes = context.claims.filter((c) => c.kind === 'quote').length;
  return (
    <section class="summary" aria-labelledby="summary-title">
      <h1 id="summary-title" class="summary-title">
        {context.article.title ?? context.url}
      </h1>
      <p class="meta">
        {summary(context)} · {plural(quotes, 'quotesOne', 'quotesMany')}
      </p>
      <ul class="chips" aria-label={t('sectionSources')}>
        {groupSources(context).cards.slice(0, 8).map((s) => (
          <li key={s.name} title={kindLabel(s.kind)}>
            {s.entity?.name ?? s.name}
          </li>
        ))}
      </ul>
      <div class="actions">
        <button type="button" class="primary" onClick={() => void expandInPage(tabId).then((ok) => ok && window.close())}>
          {t('showSidebar')}
        </button>
        {hasBrowserPanel() && (
          <button type="button" onClick={() => openBrowserPanel(tabId).then(() => window.close(), (e: unknown) => console.warn('Backstory:', e))}>
            {t('openSidePanel')}
          </button>
        )}
      </div>
    </section>
  );
}
