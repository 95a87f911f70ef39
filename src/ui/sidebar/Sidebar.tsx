import type { PageContext } from '../../context/types';
import { ExternalLink } from '../shared/ExternalLink';
import { formatDate } from '../shared/format';
import { FigureList, QuoteList } from './ClaimList';
import { Corrections, Discrepancies, Related } from './Findings';
import { Section } from './Section';
import { SourceCard } from './SourceCard';

/** The expanded sidebar for one article. */
export function Sidebar({ context }: { context: PageContext }) {
  const { article, publisher } = context;
  const quotes = context.claims.filter((c) => c.kind === 'quote');
  const figures = context.claims.filter((c) => c.kind === 'figure');
  return (
    <div class="content">
      <header class="article-head">
        <p class="site">{publisher?.name ?? article.siteName ?? ''}</p>
        <h1 class="article-title">{article.title ?? 'Untitled article'}</h1>
        <p class="meta">
          {[article.byline.join(', '), formatDate(article.publishedAt)].filter(Boolean).join(' · ')}
        </p>
        {publisher && (
          <p class="publisher">
            {publisher.description} <ExternalLink href={publisher.source}>Source</ExternalLink>
          </p>
        )}
      </header>
      <Section id="corrections" title="Corrections" count={context.corrections.length}>
        <Corrections items={context.corrections} />
      </Section>
      <Section id="different" title="Reported differently" count={context.discrepancies.length}>
        <Discrepancies items={context.discrepancies} />
      </Section>
      <Section id="sources" title="Sources" count={context.sources.length}>
        <ul class="list">
          {context.sources.map((s) => (
            <SourceCard key={s.name} source={s} />
          ))}
        </ul>
      </Section>
      <Section id="quotes" title="Quotes" count={quotes.length}>
        <QuoteList claims={quotes} />
      </Section>
      <Section id="figures" title="Figures" count={figures.length}>
        <FigureList claims={figures} />
      </Section>
      <Section id="related" title={context.story ? `Related reports: ${context.story.title}` : 'Related reports'} count={context.related.length}>
        <Related items={context.related} />
      </Section>
    </div>
  );
}
