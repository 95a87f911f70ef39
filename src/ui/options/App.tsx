import { useState } from 'preact/hooks';
import { PacksSection } from './PacksSection';
import { PrivacySection } from './PrivacySection';
import { ResetSection } from './ResetSection';
import { SitesSection } from './SitesSection';
import { t } from '../shared/i18n';

/** The options page: sites, packs, privacy statement and reset. */
export function App() {
  const [error, setError] = useState<string | null>(null);
  // Bumped by a reset so the packs list reloads (site settings follow storage changes by themselves).
  const [dataVersion, setDataVersion] = useState(0);
  return (
    <main class="options">
      <header class="bar">
        <h1 class="brand">
          <span class="tab-logo" aria-hidden="true">B</span> {t('options_title')}
        </h1>
      </header>
      {error && (
        <p class="state error" role="alert">
          {t('options_error', error)}
        </p>
      )}
      <SitesSection onError={setError} />
      <PacksSection version={dataVersion} onError={setError} />
      <PrivacySection />
      <ResetSection onReset={() => setDataVersion((n) => n + 1)} onError={setError} />
    </main>
  );
}
