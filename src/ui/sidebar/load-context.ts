import type { PageContext } from '../../context/types';
import { send } from '../../messaging/client';
import { inPage } from './page-link';

/**
 * The context of the tab the sidebar shows (the background knows the in-page sidebar's tab itself).
 * `awaitAnalysis`: this frame went up before its page was read, so "nothing yet" means "wait".
 */
export function loadContext(tabId: number | null, awaitAnalysis = false): Promise<PageContext | null> {
  if (inPage) return send('ui/getTabContext', awaitAnalysis ? { awaitAnalysis } : {});
  return tabId === null ? Promise.resolve(null) : send('ui/getTabContext', { tabId });
}
