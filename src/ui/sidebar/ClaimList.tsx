import type { ClaimCard, CorrectionCard } from '../../context/types';
import { cardId } from '../shared/card-id';
import { ExternalLink } from '../shared/ExternalLink';
import { clip, eventLabel, formatDate, formatFigure, unitAfter } from '../shared/format';
import { unnamedSource } from '../shared/unnamed-source';
import { t } from '../shared/i18n';
import { Card } from './Card';

function Reviews({ claim }: { claim: ClaimCard }) {
  if (!claim.reviews.length) return null;
  return (
    <ul class="reviews" aria-label={t('factChecks')}>
      {claim.reviews.map((r) => (
        <li key={r.url} class={`review verdict-${r.verdict}`}>
          <span>
            <strong>{r.rating}</strong> — <ExternalLink href={r.url}>{r.publisher}</ExternalLink>, {formatDate(r.date)}
          </span>
          <span class="checked">{t('checkedClaim', clip(r.claimText, 160))}</span>
        </li>
      ))}
    </ul>
  );
}

const unquote = (s: string) => s.replace(/^[“"«‘„]+|[”"»’“]+$/g, '');

/**
 * The narration inside a quote split by "he said" ('…a wake-up call,” he said. “We have…'): a
 * part's closing mark right after its punctuation, the narration, and the next part's opening mark.
 * Punctuation before the mark is asked for so that a quoted phrase inside the quote ('called it
 * "a farce" and "a joke"') is not taken for one.
 */
const SPLIT_NARRATION = /(?<=[\p{L}\p{N}])([,.!?…])[”"»]\s+[^“”"«»]{1,160}?\s*[“"«]/gu;

/** A quote's words as a reader wants them: no outer marks, and the narration between its parts as " … ". */
const quoteWords = (s: string) => unquote(s).replace(SPLIT_NARRATION, (_, mark: string) => (mark === ',' ? ' … ' : `${mark} … `));

/** A quote or a fact-checked statement, with who said it. */
function ClaimItem({ claim, described }: { claim: ClaimCard; described: ReadonlySet<string> }) {
  const unnamed = unnamedSource(claim, described);
  return (
    <Card id={cardId.claim(claim)} class={claim.kind === 'quote' ? 'quote' : 'statement'} title={<blockquote>“{clip(claim.kind === 'quote' ? quoteWords(claim.text) : unquote(claim.text), 280)}”</blockquote>}>
      <p class="attribution">{unnamed !== null ? t('saidByUnnamed', unnamed) : claim.attributedTo ? t('saidBy', claim.attributedTo) : t('speakerNotStated')}</p>
      <Reviews claim={claim} />
    </Card>
  );
}

/** A number the article reports, with who reported it. */
function FigureItems({ claim, described }: { claim: ClaimCard; described: ReadonlySet<string> }) {
  const unnamed = unnamedSource(claim, described);
  return (
    <>
      {claim.figures.map((f) => (
        <Card
          key={f.span.start}
          id={cardId.figure(f)}
          class="figure"
          title={
            <>
              {/* A score reads as written ("3-0"): its value alone, the winner's goals, says nothing. */}
              <span class="figure-value">{f.unit === 'score' ? f.phrase : formatFigure(f, f.unit)}</span>
              {unitAfter(f.unit) && ` ${unitAfter(f.unit)}`}
              {f.about ? <span class="about"> · {eventLabel(f.about)}</span> : null}
            </>
          }
        >
          <p class="figure-text">“{clip(claim.text, 200)}”</p>
          <p class="attribution">{unnamed !== null ? t('reportedByUnnamed', unnamed) : claim.attributedTo ? t('reportedBy', claim.attributedTo) : t('sourceNotStated')}</p>
          <Reviews claim={claim} />
        </Card>
      ))}
    </>
  );
}

/** Something the article gets wrong (a wrong title or organisation), with the right form and its source. */
function CorrectionItem({ item }: { item: CorrectionCard }) {
  return (
    <Card id={cardId.correction(item)} class="correction" title={<span class="right">{item.right}</span>} head={<span class="kind">{t('correction')}</span>}>
      <p class="wrong">
        <span class="visually-hidden">{t('articleSays')} </span>
        <s>{item.text}</s>
      </p>
      <p class="note">{item.note}</p>
      <ExternalLink href={item.url}>{t('citedSource')}</ExternalLink>
    </Card>
  );
}

/** Corrections first (they matter most), then quotes, figures and fact-checked statements in text order. */
export function ClaimList({ claims, corrections, described }: { claims: ClaimCard[]; corrections: CorrectionCard[]; described: ReadonlySet<string> }) {
  const shown = claims.filter((c) => c.kind !== 'statement' || c.reviews.length);
  return (
    <ul class="list">
      {corrections.map((c) => (
        <CorrectionItem key={cardId.correction(c)} item={c} />
      ))}
      {shown.map((c) => (c.kind === 'figure' ? <FigureItems key={c.span.start} claim={c} described={described} /> : <ClaimItem key={c.span.start} claim={c} described={described} />))}
    </ul>
  );
}

/** How many cards ClaimList shows. */
export function claimCount(claims: ClaimCard[], corrections: CorrectionCard[]): number {
  return corrections.length + claims.reduce((n, c) => n + (c.kind === 'figure' ? c.figures.length : c.kind === 'quote' || c.reviews.length ? 1 : 0), 0);
}
