import type { ComponentChildren } from 'preact';
import { type OpenMode, setOpenMode, setSiteEnabled } from '../../sites';
import { t } from '../shared/i18n';

interface Props {
  /** The key the site's settings are stored under (see siteKeyForUrl). */
  siteKey: string;
  name: string;
  hosts: readonly string[];
  enabled: boolean;
  openMode: OpenMode;
  /** Extra controls at the end of the row (removing an added site). */
  children?: ComponentChildren;
}

/** One site: its name and hosts, the on/off switch and how the sidebar opens there. */
export function SiteRow({ siteKey, name, hosts, enabled, openMode, children }: Props) {
  const id = `site-${siteKey.replace(/[^a-z0-9]+/g, '-')}`;
  return (
    <li class={`site-row${enabled ? '' : ' off'}`} data-site={siteKey}>
      <span class="site-name">
        <span class="card-title">{name}</span>
        <span class="meta">{hosts.join(', ')}</span>
      </span>
      <label class="switch">
        <input
          type="checkbox"
          checked={enabled}
          aria-label={t('options_siteOn', name)}
          onChange={(e) => void setSiteEnabled(siteKey, (e.currentTarget as HTMLInputElement).checked)}
        />
        <span aria-hidden="true">{t('options_siteOnShort')}</span>
      </label>
      <label class="open-mode" for={`${id}-mode`}>
        <span aria-hidden="true">{t('options_openModeShort')}</span>
        <select
          id={`${id}-mode`}
          aria-label={t('options_openMode', name)}
          value={openMode}
          disabled={!enabled}
          onChange={(e) => void setOpenMode(siteKey, (e.currentTarget as HTMLSelectElement).value === 'click' ? 'click' : 'auto')}
        >
          <option value="auto">{t('options_openAuto')}</option>
          <option value="click">{t('options_openClick')}</option>
        </select>
      </label>
      {children}
    </li>
  );
}
