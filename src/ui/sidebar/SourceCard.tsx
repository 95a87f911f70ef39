import { useContext } from 'preact/hooks';
import type { SourceCard as Source } from '../../context/types';
import { cardId } from '../shared/card-id';
import { ExternalLink } from '../shared/ExternalLink';
import { formatDate, kindLabel } from '../shared/format';
import { plural, t } from '../shared/i18n';
import { Card } from './Card';
import { Reveal } from './reveal';

function facts(source: Source): string[] {
  const e = source.entity;
  if (!e) return [];
  return [
    e.role,
    e.country ? t('factCountry', e.country) : null,
    e.founded ? t('factFounded', e.founded) : null,
    e.ownerName ? t('factOwner', e.ownerName) : null,
  ].filter((x): x is string => Boolean(x));
}

const DESCRIBED = { body: 'describedSource', people: 'describedPeople', person: 'describedPerson' } as const;

/** One cited source: who it is according to the cache, or plainly "not in your packs". */
export function SourceCard({ source }: { source: Source }) {
  const { flagged, flag } = useContext(Reveal);
  const e = source.entity;
  const id = cardId.source(source);
  // A described body's forms are its description, which the card already quotes.
  const other = source.describedAs ? [] : source.forms.filter((f) => f !== source.name);
  return (
    <Card id={id} class="source" title={e?.name ?? source.name} head={<span class="kind">{kindLabel(source.kind)}</span>}>
      {source.role && <p class="role">{t('namedAs', source.role)}</p>}
      {e ? (
        <p class="desc">{e.description}</p>
      ) : source.describedAs ? (
        <p class="desc unknown">{t(DESCRIBED[source.describes ?? 'body'], source.describedAs)}</p>
      ) : (
        <p class="desc unknown">{t('unknownSource')}</p>
      )}
      {facts(source).length > 0 && <p class="facts">{facts(source).join(' · ')}</p>}
      {e && e.ratings.length > 0 && (
        <ul class="ratings" aria-label={t('ratings')}>
          {e.ratings.map((r) => (
            <li key={r.url}>
              {t('ratingBy', r.value)} <ExternalLink href={r.url}>{r.rater}</ExternalLink>, {formatDate(r.date)}
            </li>
          ))}
        </ul>
      )}
      <p class="meta">
        {plural(source.count, 'mentionedOnce', 'mentionedTimes')}
        {other.length > 0 && <> · {t('alsoAs', other.map((f) => `“${f}”`).join(', '))}</>}
      </p>
      {source.matchedBy && e && (
        <p class="why">
          {source.matchedBy.alias === e.name ? t('whyMatchName', source.matchedBy.form, e.name) : t('whyMatchAlias', source.matchedBy.form, source.matchedBy.alias, e.name)}{' '}
          <ExternalLink href={e.source}>{t('citedSource')}</ExternalLink>
        </p>
      )}
      {e && (flagged.has(id) ? (
        <p class="noted" role="status">{t('feedbackNoted')}</p>
      ) : (
        <button type="button" class="quiet" onClick={() => flag(id)}>
          {t('wrongMatch')}
        </button>
      ))}
    </Card>
  );
}
