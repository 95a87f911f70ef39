import { useEffect, useState } from 'preact/hooks';
import type { PackRow } from '../../cache/db';
import { send } from '../../messaging/client';
import { ConfirmButton } from './ConfirmButton';
import { PackImport } from './PackImport';
import { saveTextFile } from './download';
import { t } from '../shared/i18n';

/** Installed packs with their counts; import, export and remove. `version` reloads the list when it changes. */
export function PacksSection({ version, onError }: { version: number; onError(message: string): void }) {
  const [packs, setPacks] = useState<PackRow[] | null>(null);
  const [reloads, setReloads] = useState(0);
  const reload = () => setReloads((n) => n + 1);
  const fail = (e: unknown) => onError(e instanceof Error ? e.message : String(e));

  useEffect(() => {
    send('ui/listPacks', {}).then(setPacks, fail);
  }, [version, reloads]);

  const exportPack = async (p: PackRow) => {
    const pack = await send('ui/exportPack', { id: p.id });
    if (pack) saveTextFile(`${p.id}-${p.version}.json`, JSON.stringify(pack, null, 1));
  };
  const removePack = async (p: PackRow) => {
    await send('ui/removePack', { id: p.id });
    reload();
  };

  return (
    <section class="panel" aria-labelledby="h-packs">
      <h2 id="h-packs">{t('options_packsHeading')}</h2>
      <p class="intro">{t('options_packsIntro')}</p>
      {packs === null ? (
        <p class="state">{t('options_packsLoading')}</p>
      ) : packs.length === 0 ? (
        <p class="state">{t('options_packsEmpty')}</p>
      ) : (
        <ul class="list packs">
          {packs.map((p) => (
            <li key={p.id} class="card pack" data-pack={p.id}>
              <div class="card-head">
                <h3 class="card-title">{p.name}</h3>
                <span class="kind">{p.id}</span>
              </div>
              <p class="meta">{t('options_packMeta', p.version, p.publisher, p.license)}</p>
              <p class="counts">
                {t('options_packCounts', p.counts.entities, p.counts.claims, p.counts.corrections, p.counts.reports, p.counts.stories)}
              </p>
              <div class="actions">
                <button type="button" onClick={() => void exportPack(p).catch(fail)}>
                  {t('options_export', p.name)}
                </button>
                <ConfirmButton
                  label={t('options_removePack', p.name)}
                  question={t('options_removePackConfirm', p.name)}
                  confirmLabel={t('options_removeYes')}
                  cancelLabel={t('options_cancel')}
                  onConfirm={() => void removePack(p).catch(fail)}
                />
              </div>
            </li>
          ))}
        </ul>
      )}
      <PackImport onImported={reload} />
    </section>
  );
}
