import type { Discrepancy, DiscrepancyValue, RelatedReport } from '../../context/types';
import { ExternalLink } from '../shared/ExternalLink';
import { eventLabel, formatDate, formatFigure } from '../shared/format';
import { t, uiLanguage } from '../shared/i18n';
import { unnamedSource } from '../shared/unnamed-source';

/** Figures that differ between this article and other reports, side by side, each with its date; a row per topic and place. */
export function Discrepancies({ items, described }: { items: Discrepancy[]; described: ReadonlySet<string> }) {
  return (
    <ul class="list">
      {items.map((d) => (
        // A topic has a row per place, and rarely two of one place (counts of two groups of people).
        <li key={`${d.about}@${d.places.join('|')}:${d.values.map(valueKey).join(',')}`} class="card discrepancy">
          <p class="about-title">{heading(d)}</p>
          <div class="side-by-side">
            {d.values.map((v) => (
              <div class="value" key={valueKey(v)}>
                <span class="figure-value">{formatFigure(v)}</span>
                <span class="by">{bySource(v, described)}</span>
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

/** Who gives a row's value: its name, the article's words for an unnamed source, or that no one is named. */
function bySource(v: DiscrepancyValue, described: ReadonlySet<string>): string {
  const unnamed = unnamedSource(v, described);
  return unnamed !== null ? t('unnamedSource', unnamed) : v.attributedTo ?? t('unattributed');
}

const valueKey = (v: DiscrepancyValue): string => `${v.value}-${v.upTo}-${v.attributedTo}-${v.reportedBy}-${v.url}`;

/** "Ostra", "Ostra and Varn", "Kelmor, Ostra and Varn": as a list reads in the UI language. */
const placeList = (places: string[]): string => new Intl.ListFormat(uiLanguage(), { type: 'conjunction' }).format(places);

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

/** "People killed in Ostra"; an amount that counts no people says its unit: "Amount spilled (barrels)". */
function heading(d: Discrepancy): string {
  const event = eventLabel(d.about);
  if (d.unit) return d.places.length ? t('amountAboutIn', event, d.unit, placeList(d.places)) : t('amountAbout', event, d.unit);
  return d.places.length ? t('peopleAboutIn', event, placeList(d.places)) : t('peopleAbout', event);
}
