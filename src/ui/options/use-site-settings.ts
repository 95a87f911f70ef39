import { useEffect, useState } from 'preact/hooks';
import { onSiteSettingsChange, readSiteSettings, type SiteSettings } from '../../sites';

/** The per-site settings, kept current when they change here, in another page or in the background. */
export function useSiteSettings(): SiteSettings | null {
  const [settings, setSettings] = useState<SiteSettings | null>(null);
  useEffect(() => {
    const load = () => void readSiteSettings().then(setSettings);
    load();
    return onSiteSettingsChange(load);
  }, []);
  return settings;
}
