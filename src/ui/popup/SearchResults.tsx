import type { SearchResults as Results } from '../../cache/search';
import { ExternalLink } from '../shared/ExternalLink';
import { clip, formatDate, kindLabel } from '../shared/format';

/** Search hits grouped by what they are. */
export function SearchResults({ results }: { results: Results }) {
  if (!results.total) return <p class="state" role="status">Nothing in your packs matches “{results.query}”.</p>;
  return (
    <div class="results">
      <p class="meta" role="status">
        {results.total} {results.total === 1 ? 'result' : 'results'}
      </p>
      {results.entities.length > 0 && (
        <section aria-label="Sources">
          <h2>Sources</h2>
          <ul class="list">
            {results.entities.map((e) => (
              <li key={e.id} class="card">
                <div class="card-head">
                  <h3 class="card-title">{e.name}</h3>
                  <span class="kind">{kindLabel[e.kind]}</span>
                </div>
                <p class="desc">{e.description}</p>
                <ExternalLink href={e.source} class="meta">Source</ExternalLink>
              </li>
            ))}
          </ul>
        </section>
      )}
      {results.claims.length > 0 && (
        <section aria-label="Fact-checks">
          <h2>Fact-checks</h2>
          <ul class="list">
            {results.claims.map((c) => (
              <li key={c.id} class="card">
                <p>“{clip(c.text, 200)}”</p>
                <p class="meta">
                  <strong>{c.verdict}</strong> — <ExternalLink href={c.url}>{c.publisher}</ExternalLink>
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
      {results.reports.length > 0 && (
        <section aria-label="Reports">
          <h2>Reports</h2>
          <ul class="list">
            {results.reports.map((r) => (
              <li key={r.id} class="card">
                <ExternalLink href={r.url}>{r.title}</ExternalLink>
                <p class="meta">
                  {r.outletName} · {formatDate(r.publishedAt)}
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
