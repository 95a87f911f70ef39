import { browser } from 'wxt/browser';
import { checkMessage } from '../messaging';
import { handle, readyDatabase } from './handlers';
import { clearTabContext } from './tab-state';
import { watchHistoryNavigations } from './history-navigations';
import { restoreUserSites } from '../sites';

/** Wires the background: checked messages to their handlers, starter pack on install/update, tab cleanup, single-page sites' moves to an article. */
export function startBackground(): void {
  const ownOrigin = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    const checked = checkMessage(raw, sender, browser.runtime.id, ownOrigin);
    if (!checked.ok) {
      console.warn('Backstory: ignored message:', checked.error);
      sendResponse({ ok: false, error: checked.error });
      return false;
    }
    handle(checked.message, checked.tabId).then(
      (data) => sendResponse({ ok: true, data }),
      (e: unknown) => {
        console.error('Backstory:', checked.message.type, e);
        sendResponse({ ok: false, error: e instanceof Error ? e.message : String(e) });
      },
    );
    return true;
  });
  browser.runtime.onInstalled.addListener(() => {
    readyDatabase().catch((e: unknown) => console.error('Backstory: starter pack install failed', e));
  });
  restoreUserSites().catch((e: unknown) => console.error('Backstory: could not restore added sites', e));
  browser.tabs.onRemoved.addListener((tabId) => void clearTabContext(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void clearTabContext(tabId);
  });
  watchHistoryNavigations();
}
