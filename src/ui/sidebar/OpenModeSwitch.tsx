import { useEffect, useState } from 'preact/hooks';
import { onSiteSettingsChange, readSiteSettings, setOpenMode, siteKeyForUrl } from '../../sites';
import { t } from '../shared/i18n';

/** "Open by itself on this site": the per-site open mode (sites.openMode), also shown in the options. */
export function OpenModeSwitch({ url }: { url: string }) {
  const [site, setSite] = useState<{ key: string; auto: boolean } | null>(null);
  useEffect(() => {
    const read = () =>
      readSiteSettings().then((s) => {
        const key = siteKeyForUrl(url, s.userHosts);
        setSite(key ? { key, auto: s.openMode[key] !== 'click' } : null);
      });
    void read();
    return onSiteSettingsChange(() => void read());
  }, [url]);
  if (!site) return null;
  return (
    <label class="switch">
      <input type="checkbox" checked={site.auto} onChange={(e) => void setOpenMode(site.key, (e.target as HTMLInputElement).checked ? 'auto' : 'click')} />
      {t('openAutomaticallyOn', site.key)}
    </label>
  );
}
