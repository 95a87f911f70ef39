import { send } from '../../messaging/client';

interface PanelApis {
  sidePanel?: { open(options: { tabId: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
}

/** The browser's own side panel (Chrome sidePanel) or sidebar (Firefox sidebarAction), when it has one. */
function panelApis(): PanelApis {
  const g = globalThis as { chrome?: PanelApis; browser?: PanelApis };
  return { sidePanel: g.chrome?.sidePanel, sidebarAction: g.browser?.sidebarAction };
}

export const hasBrowserPanel = () => Boolean(panelApis().sidePanel || panelApis().sidebarAction);

/**
 * Opens the browser's side panel on the tab. Both browsers allow it only in answer to a user gesture,
 * so this must run synchronously in the click handler, before any await.
 */
export function openBrowserPanel(tabId: number): Promise<void> {
  const { sidePanel, sidebarAction } = panelApis();
  if (sidePanel) return sidePanel.open({ tabId });
  if (sidebarAction) return sidebarAction.open();
  return Promise.reject(new Error('no side panel in this browser'));
}

/** Expands the in-page sidebar of the tab (its content script does it); false when the tab has none. */
export function expandInPage(tabId: number): Promise<boolean> {
  return send('ui/toPage', { tabId, command: { kind: 'setCollapsed', collapsed: false } }).catch(() => false);
}
