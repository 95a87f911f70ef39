import type { PageContext } from '../../context/types';
import { ExternalLink } from '../shared/ExternalLink';
import { formatDate } from '../shared/format';
import { t } from '../shared/i18n';
import { ClaimList, claimCount } from './ClaimList';
import { Discrepancies, Related } from './Findings';
import { Section } from './Section';
import { groupSources } from '../../context/source-groups';
import { SourceCard } from './SourceCard';
import { describedNames } from '../shared/unnamed-source';

/** The expanded sidebar for one article: who is cited, what is claimed, what others report. */
export function Sidebar({ context }: { context: PageContext }) {
  const { article, publisher } = context;
  const claims = claimCount(context.claims, context.corrections);
  const { cards, known, alsoNamed } = groupSources(context);
  const described = describedNames(context.sources);
  const nothing = !context.sources.length && !claims && !context.discrepancies.length && !context.related.length;
  return (
    <div class="content">
      <header class="article-head">
        <p class="site">{publisher?.name ?? article.siteName ?? ''}</p>
        <h1 class="article-title">{article.title ?? t('untitled')}</h1>
        <p class="meta">{[article.byline.join(', '), formatDate(article.publishedAt)].filter(Boolean).join(' · ')}</p>
        {publisher && (
          <p class="publisher">
            {publisher.description} <ExternalLink href={publisher.source}>{t('citedSource')}</ExternalLink>
          </p>
        )}
      </header>
      {nothing && <p class="state" role="status">{t('nothingFound')}</p>}
      <Section id="sources" title={t('sectionSources')} count={cards.length}>
        <ul class="list">
          {cards.map((s) => (
            <SourceCard key={s.name} source={s} />
          ))}
        </ul>
      </Section>
      <Section id="named" title={t('sectionNamed')} count={known.length + alsoNamed.length}>
        {known.length > 0 && (
          <ul class="list">
            {known.map((s) => (
              <SourceCard key={s.name} source={s} />
            ))}
          </ul>
        )}
        {alsoNamed.length > 0 && <p class="also-named">{known.length ? t('namedUnknown', names(alsoNamed)) : names(alsoNamed)}</p>}
      </Section>
      <Section id="claims" title={t('sectionClaims')} count={claims}>
        <ClaimList claims={context.claims} corrections={context.corrections} described={described} />
      </Section>
      <Section id="different" title={t('sectionDifferent')} count={context.discrepancies.length}>
        <Discrepancies items={context.discrepancies} described={described} />
      </Section>
      <Section id="related" title={context.story ? t('sectionRelatedStory', context.story.title) : t('sectionRelated')} count={context.related.length}>
        <Related items={context.related} />
      </Section>
    </div>
  );
}

const names = (sources: readonly { name: string }[]): string => sources.map((s) => s.name).join(', ');
