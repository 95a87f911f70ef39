import type { PageContext } from '../../context/types';
import { send } from '../../messaging/client';
import { inPage } from './page-link';

/** The context of the tab the sidebar shows (the background knows the in-page sidebar's tab itself). */
export function loadContext(tabId: number | null): Promise<PageContext | null> {
  if (inPage) return send('ui/getTabContext', {});
  return tabId === null ? Promise.resolve(null) : send('ui/getTabContext', { tabId });
}
