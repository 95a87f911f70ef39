import { useEffect } from 'preact/hooks';
import { siteAdapters } from '../../article/sites';
import { send } from '../../messaging/client';
import { useSiteSettings } from './use-site-settings';
import { AddSiteForm } from './AddSiteForm';
import { ConfirmButton } from './ConfirmButton';
import { SiteRow } from './SiteRow';
import { t } from '../shared/i18n';

const supported = [...siteAdapters].sort((a, b) => a.name.localeCompare(b.name));

/** Supported sites and the reader's own, each with its switches; the form to add one. */
export function SitesSection({ onError }: { onError(message: string): void }) {
  const settings = useSiteSettings();
  useEffect(() => {
    // Sites whose access was revoked in the browser's settings drop out of the stored list (and so of this page).
    send('ui/listSites', {}).catch((e: unknown) => onError(e instanceof Error ? e.message : String(e)));
  }, []);
  if (!settings) return null;
  const row = (siteKey: string) => ({
    siteKey,
    enabled: settings.enabled[siteKey] !== false,
    openMode: settings.openMode[siteKey] === 'click' ? ('click' as const) : ('auto' as const),
  });
  const remove = (host: string) => send('ui/removeSite', { host }).catch((e: unknown) => onError(e instanceof Error ? e.message : String(e)));

  return (
    <>
      <section class="panel" aria-labelledby="h-sites">
        <h2 id="h-sites">{t('options_sitesHeading')}</h2>
        <p class="intro">{t('options_sitesIntro')}</p>
        <ul class="list sites">
          {supported.map((a) => (
            <SiteRow key={a.id} name={a.name} hosts={a.hosts} {...row(a.hosts[0]!)} />
          ))}
        </ul>
      </section>
      <section class="panel" aria-labelledby="h-added">
        <h2 id="h-added">{t('options_addedHeading')}</h2>
        {settings.userHosts.length ? (
          <ul class="list sites added">
            {settings.userHosts.map((host) => (
              <SiteRow key={host} name={host} hosts={[host]} {...row(host)}>
                <ConfirmButton
                  label={t('options_removeSite', host)}
                  question={t('options_removeSiteConfirm', host)}
                  confirmLabel={t('options_removeYes')}
                  cancelLabel={t('options_cancel')}
                  onConfirm={() => void remove(host)}
                />
              </SiteRow>
            ))}
          </ul>
        ) : (
          <p class="meta">{t('options_addedEmpty')}</p>
        )}
        <AddSiteForm />
      </section>
    </>
  );
}
