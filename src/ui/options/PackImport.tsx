import { useState } from 'preact/hooks';
import type { PackRow } from '../../cache/db';
import { send } from '../../messaging/client';
import { MAX_PACK_CHARS } from '../../messaging/schemas';
import { t } from '../shared/i18n';

type State =
  | { kind: 'idle' }
  | { kind: 'busy'; file: string }
  | { kind: 'done'; pack: PackRow }
  | { kind: 'failed'; file: string; errors: string[] };

/** The background reports an invalid pack as "Invalid pack:" then one "record.field: problem" per line. */
function errorLines(message: string): string[] {
  const lines = message.split('\n').map((l) => l.trim()).filter(Boolean);
  return lines[0] === 'Invalid pack:' ? lines.slice(1) : lines;
}

/** Installs a pack from a file the reader picks; shows each problem with the record and field it is in. */
export function PackImport({ onImported }: { onImported(): void }) {
  const [state, setState] = useState<State>({ kind: 'idle' });

  const onChange = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = ''; // so picking the same file again (after fixing it) fires again
    if (!file) return;
    if (file.size > MAX_PACK_CHARS) {
      setState({ kind: 'failed', file: file.name, errors: [t('options_importTooBig', MAX_PACK_CHARS / 1024 / 1024)] });
      return;
    }
    setState({ kind: 'busy', file: file.name });
    try {
      const pack = await send('ui/importPack', { json: await file.text() });
      setState({ kind: 'done', pack });
      onImported();
    } catch (err) {
      setState({ kind: 'failed', file: file.name, errors: errorLines(err instanceof Error ? err.message : String(err)) });
    }
  };

  return (
    <div class="import" aria-busy={state.kind === 'busy'}>
      <label class="file-button">
        {t('options_import')}
        <input type="file" accept=".json,application/json" disabled={state.kind === 'busy'} onChange={onChange} />
      </label>
      <div role="status" aria-live="polite" class="status">
        {state.kind === 'busy' && <p>{t('options_importing', state.file)}</p>}
        {state.kind === 'done' && <p class="ok">{t('options_imported', state.pack.name, state.pack.version)}</p>}
      </div>
      {state.kind === 'failed' && (
        <div role="alert" class="import-errors">
          <p class="error">{t('options_importFailed', state.file)}</p>
          <ul>
            {state.errors.map((line, i) => (
              <li key={i}>
                <code>{line}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
