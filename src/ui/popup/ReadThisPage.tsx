import { useState } from 'preact/hooks';
import type { PageContext } from '../../context/types';
import { send } from '../../messaging/client';
import { t } from '../shared/i18n';
import { loadContext } from '../sidebar/load-context';

type Reading = 'offer' | 'reading' | 'none' | 'refused';

/**
 * A tab where Backstory found no article: its page may still be one (at an address the site's adapter
 * does not know, or on a site Backstory does not run on by itself), so the reader can have it read.
 */
export function ReadThisPage({ tabId, onRead }: { tabId: number; onRead: (context: PageContext) => void }) {
  const [reading, setReading] = useState<Reading>('offer');
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
  if (reading === 'none' || reading === 'refused') {
    return (
      <p class="state" role="status">
        {t(reading === 'none' ? 'readFoundNone' : 'readRefused')}
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
