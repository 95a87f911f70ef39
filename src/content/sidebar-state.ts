import { browser } from 'wxt/browser';

/** Whether the reader collapsed the in-page sidebar; remembered across pages and sessions. */
export const COLLAPSED_KEY = 'sidebar.collapsed';

export async function isCollapsed(): Promise<boolean> {
  const got = await browser.storage.local.get(COLLAPSED_KEY);
  return got[COLLAPSED_KEY] === true;
}

export async function setCollapsed(collapsed: boolean): Promise<void> {
  await browser.storage.local.set({ [COLLAPSED_KEY]: collapsed });
}

/** Calls back with the new value whenever the choice changes (in this or any other tab). */
export function onCollapsedChange(callback: (collapsed: boolean) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && COLLAPSED_KEY in changes) callback(changes[COLLAPSED_KEY]!.newValue === true);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
