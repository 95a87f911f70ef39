import type { SourceCard as Source } from '../../context/types';
import { ExternalLink } from '../shared/ExternalLink';
import { kindLabel } from '../shared/format';

function facts(source: Source): string[] {
  const e = source.entity;
  if (!e) return [];
  return [
    e.role,
    e.country ? `Country: ${e.country}` : null,
    e.founded ? `Founded ${e.founded}` : null,
    e.ownerName ? `Owner: ${e.ownerName}` : null,
  ].filter((x): x is string => Boolean(x));
}

/** One cited source: who it is according to the cache, or plainly "not in your packs". */
export function SourceCard({ source }: { source: Source }) {
  const e = source.entity;
  const other = source.forms.filter((f) => f !== source.name);
  return (
    <li class="card source" data-kind={source.kind}>
      <div class="card-head">
        <h3 class="card-title">{e?.name ?? source.name}</h3>
        <span class={`kind kind-${source.kind}`}>{kindLabel[source.kind]}</span>
      </div>
      {source.role && <p class="role">Named as: {source.role}</p>}
      {e ? <p class="desc">{e.description}</p> : <p class="desc unknown">Not in your knowledge packs yet. Backstory does not guess who this is.</p>}
      {facts(source).length > 0 && <p class="facts">{facts(source).join(' · ')}</p>}
      {e && e.ratings.length > 0 && (
        <ul class="ratings">
          {e.ratings.map((r) => (
            <li key={r.url}>
              <ExternalLink href={r.url}>{r.rater}</ExternalLink>: {r.value} ({r.date})
            </li>
          ))}
        </ul>
      )}
      <p class="meta">
        {source.count === 1 ? 'Mentioned once' : `Mentioned ${source.count} times`}
        {other.length > 0 && <> as {other.map((f) => `“${f}”`).join(', ')}</>}
      </p>
      {source.matchedBy && e && (
        <p class="why">
          Why this match: the article's “{source.matchedBy.form}” is {source.matchedBy.alias === e.name ? 'the name' : `the known alias “${source.matchedBy.alias}”`} of {e.name}.{' '}
          <ExternalLink href={e.source}>Source</ExternalLink>
        </p>
      )}
    </li>
  );
}
