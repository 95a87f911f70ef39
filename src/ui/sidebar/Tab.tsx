import { useEffect, useRef } from 'preact/hooks';
import { t } from '../shared/i18n';

/** The collapsed sidebar: a small tab at the page edge with the counts; a click or Enter opens it. */
export function Tab({ text, onOpen, focus }: { text: string; onOpen: () => void; focus: boolean }) {
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return (
    <button ref={ref} class="tab" type="button" onClick={onOpen} aria-expanded="false">
      <span class="tab-logo" aria-hidden="true">
        B
      </span>
      <span class="visually-hidden">{t('openBackstory')} </span>
      <span class="tab-text">{text}</span>
    </button>
  );
}
