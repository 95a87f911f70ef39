import { useEffect, useState } from 'preact/hooks';
import type { PageContext } from '../../context/types';
import { send } from '../../messaging/client';
import { t, type MessageKey } from '../shared/i18n';
import { loadContext } from '../sidebar/load-context';
import { settingsForUrl } from '../../sites';

type Reading = 'offer' | 'reading' | 'none' | 'refused' | 'off';

const SAID: Partial<Record<Reading, MessageKey>> = { none: 'readFoundNone', refused: 'readRefused', off: 'readSiteOff' };

/**
 * A tab where Backstory found no article: its page may still be one (at an address the site's adapter
 * does not know, or on a site Backstory does not run on by itself), so the reader can have it read;
 * unless the reader switched Backstory off on the site (the page would be read and left alone).
 */
export function ReadThisPage({ tabId, url, onRead }: { tabId: number; url: string | null; onRead: (context: PageContext) => void }) {
  const [reading, setReading] = useState<Reading>('offer');
  useEffect(() => {
    if (url) void settingsForUrl(url).then((site) => site.enabled || setReading('off'), () => {});
  }, [url]);
  const read = async () => {
    setReading('reading');
    try {
      const loaded = await send('ui/readTab', { tabId });
      const context = loaded ? await loadContext(tabId) : null;
      if (context) onRead(context);
      else setReading('none');
    } catch {
      setReading('refused');
    }
  };
  const said = SAID[reading];
  if (said) {
    return (
      <p class="state" role="status">
        {t(said)}
      </p>
    );
  }
  return (
    <section class="summary">
      <p class="meta">{t('noArticle')}</p>
      <div class="actions">
        <button type="button" class="primary" disabled={reading === 'reading'} onClick={() => void read()}>
          {t(reading === 'reading' ? 'readingPage' : 'readPage')}
        </button>
      </div>
    </section>
  );
}
