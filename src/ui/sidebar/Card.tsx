import type { ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import { t } from '../shared/i18n';
import { Reveal } from './reveal';

/**
 * A sidebar card tied to its mentions in the article: the title button (or a click on the card's
 * background) scrolls to and flashes the first mention; the open card is marked when the reader
 * clicked one of its highlights.
 */
export function Card({ id, class: className, title, head, children }: { id: string; class: string; title: ComponentChildren; head?: ComponentChildren; children?: ComponentChildren }) {
  const { reveal, activeId } = useContext(Reveal);
  const onClick = (e: MouseEvent) => {
    // Links and buttons inside the card do their own thing.
    if ((e.target as Element).closest('a, button, input, label')) return;
    reveal(id);
  };
  return (
    <li class={`card ${className}${activeId === id ? ' active' : ''}`} data-card={id} onClick={onClick}>
      <div class="card-head">
        <h3 class="card-title">
          <button type="button" class="card-link" onClick={() => reveal(id)} title={t('showInArticle')}>
            {title}
          </button>
        </h3>
        {head}
      </div>
      {children}
    </li>
  );
}
