import type { ClaimCard } from '../../context/types';
import { ExternalLink } from '../shared/ExternalLink';
import { clip, formatDate, formatFigure } from '../shared/format';

function Reviews({ claim }: { claim: ClaimCard }) {
  if (!claim.reviews.length) return null;
  return (
    <ul class="reviews">
      {claim.reviews.map((r) => (
        <li key={r.url} class={`review verdict-${r.verdict}`}>
          <strong>{r.rating}</strong> — <ExternalLink href={r.url}>{r.publisher}</ExternalLink>, {formatDate(r.date)}
          <span class="checked">Checked claim: “{clip(r.claimText, 160)}”</span>
        </li>
      ))}
    </ul>
  );
}

/** Quotes with their speakers. */
export function QuoteList({ claims }: { claims: ClaimCard[] }) {
  return (
    <ul class="list">
      {claims.map((c) => (
        <li key={c.span.start} class="card quote">
          <blockquote>“{clip(c.text.replace(/^[“"«‘„]+|[”"»’“]+$/g, ''), 280)}”</blockquote>
          <p class="attribution">{c.attributedTo ? `— ${c.attributedTo}` : '— speaker not stated'}</p>
          <Reviews claim={c} />
        </li>
      ))}
    </ul>
  );
}

/** Numbers the article reports, each with who reported it. */
export function FigureList({ claims }: { claims: ClaimCard[] }) {
  return (
    <ul class="list">
      {claims.flatMap((c) =>
        c.figures.map((f) => (
          <li key={`${f.span.start}`} class="card figure">
            <p>
              <span class="figure-value">{formatFigure(f.value, f.comparator)}</span>
              {f.unit ? ` ${f.unit}` : ''}
              {f.about ? <span class="about"> · {f.about}</span> : null}
            </p>
            <p class="figure-text">“{clip(c.text, 200)}”</p>
            <p class="attribution">{c.attributedTo ? `Reported by ${c.attributedTo}` : 'Source not stated'}</p>
            <Reviews claim={c} />
          </li>
        )),
      )}
    </ul>
  );
}
