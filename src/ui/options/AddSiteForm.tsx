import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { send } from '../../messaging/client';
import { originsFor, parseSiteInput } from '../../sites';
import { t } from '../shared/i18n';

type Status = { kind: 'error' | 'done'; text: string } | null;

const inputErrors = {
  empty: () => t('options_addEmpty'),
  invalid: (input: string) => t('options_addInvalid', input.trim()),
  supported: (input: string) => t('options_addSupported', input.trim()),
};

/**
 * Adds a site the reader chooses. The browser only shows its permission prompt for a request made
 * while handling the click, so the input is checked synchronously and permissions.request is called
 * before anything is awaited; the background then registers the content script.
 */
export function AddSiteForm() {
  const [value, setValue] = useState('');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status>(null);

  const finish = async (host: string, request: Promise<boolean>) => {
    setBusy(true);
    try {
      if (!(await request)) {
        setStatus({ kind: 'error', text: t('options_addDenied', host) });
        return;
      }
      await send('ui/addSite', { host });
      setValue('');
      setStatus({ kind: 'done', text: t('options_addDone', host) });
    } catch (e) {
      setStatus({ kind: 'error', text: t('options_addFailed', host, e instanceof Error ? e.message : String(e)) });
    } finally {
      setBusy(false);
    }
  };

  const onSubmit = (e: Event) => {
    e.preventDefault();
    const parsed = parseSiteInput(value);
    if (!parsed.ok) {
      setStatus({ kind: 'error', text: inputErrors[parsed.error](value) });
      return;
    }
    // No await before this line: it must run inside the user gesture.
    const request = browser.permissions.request({ origins: originsFor(parsed.host) });
    void finish(parsed.host, request);
  };

  return (
    <form class="add-site" onSubmit={onSubmit} aria-describedby="add-site-help">
      <label for="add-site-host">{t('options_addLabel')}</label>
      <div class="add-row">
        <input
          id="add-site-host"
          type="text"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          placeholder={t('options_addPlaceholder')}
          value={value}
          aria-invalid={status?.kind === 'error'}
          onInput={(e) => setValue((e.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit" disabled={busy}>
          {t('options_addButton')}
        </button>
      </div>
      <p id="add-site-help" class="meta">
        {t('options_addHelp')}
        {import.meta.env.MANIFEST_VERSION === 3 ? ` ${t('options_addFramedNote')}` : ''}
      </p>
      <p class={`status${status?.kind === 'error' ? ' error' : ''}`} role="status" aria-live="polite">
        {status?.text ?? ''}
      </p>
    </form>
  );
}
