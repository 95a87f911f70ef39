import { useState } from 'preact/hooks';
import { send } from '../../messaging/client';
import { ConfirmButton } from './ConfirmButton';
import { t } from '../shared/i18n';

/** Deletes everything Backstory keeps, after asking; tells the page when it is done so lists reload. */
export function ResetSection({ onReset, onError }: { onReset(): void; onError(message: string): void }) {
  const [state, setState] = useState<'idle' | 'busy' | 'done'>('idle');
  const reset = async () => {
    setState('busy');
    try {
      await send('ui/resetData', {});
      setState('done');
      onReset();
    } catch (e) {
      setState('idle');
      onError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <section class="panel" aria-labelledby="h-reset">
      <h2 id="h-reset">{t('options_resetHeading')}</h2>
      <p class="intro">{t('options_resetIntro')}</p>
      <ConfirmButton
        label={t('options_resetButton')}
        question={t('options_resetConfirm')}
        confirmLabel={t('options_resetYes')}
        cancelLabel={t('options_cancel')}
        disabled={state === 'busy'}
        onConfirm={() => void reset()}
      />
      <p class="status" role="status" aria-live="polite">
        {state === 'busy' ? t('options_working') : state === 'done' ? t('options_resetDone') : ''}
      </p>
    </section>
  );
}
