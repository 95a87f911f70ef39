import { t } from '../shared/i18n';

/** Exactly what is stored where, and that nothing leaves the browser. */
export function PrivacySection() {
  return (
    <section class="panel" aria-labelledby="h-privacy">
      <h2 id="h-privacy">{t('options_privacyHeading')}</h2>
      <p>{t('options_privacyStored')}</p>
      <ul class="stored">
        <li>{t('options_privacyPacks')}</li>
        <li>{t('options_privacyTabs')}</li>
        <li>{t('options_privacySettings')}</li>
      </ul>
      <p class="sent">{t('options_privacySent')}</p>
    </section>
  );
}
