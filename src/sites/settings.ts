import { browser } from 'wxt/browser';
import { siteKeyForUrl } from './hosts';

/**
 * Per-site settings in storage.local, keyed by site key (see siteKeyForUrl). The options page writes
 * the switches; the background alone writes the list of user-added sites.
 * - `sites.enabled`: { [siteKey]: false } turns Backstory off on a site (missing = on).
 * - `sites.openMode`: { [siteKey]: 'auto' | 'click' } opens the sidebar by itself or only on click (missing = 'auto').
 * - `sites.user`: hostnames the reader added (each with a granted optional permission and a registered content script).
 */
export const ENABLED_KEY = 'sites.enabled';
export const OPEN_MODE_KEY = 'sites.openMode';
export const USER_SITES_KEY = 'sites.user';

export type OpenMode = 'auto' | 'click';

export interface SiteSettings {
  enabled: Record<string, boolean>;
  openMode: Record<string, OpenMode>;
  userHosts: string[];
}

const record = <T>(value: unknown): Record<string, T> => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, T>) : {});

export async function readSiteSettings(): Promise<SiteSettings> {
  const got = await browser.storage.local.get([ENABLED_KEY, OPEN_MODE_KEY, USER_SITES_KEY]);
  const users = got[USER_SITES_KEY];
  return {
    enabled: record<boolean>(got[ENABLED_KEY]),
    openMode: record<OpenMode>(got[OPEN_MODE_KEY]),
    userHosts: Array.isArray(users) ? users.filter((h): h is string => typeof h === 'string') : [],
  };
}

/** This page's site settings, in one storage read: the content script needs both before showing anything. */
export async function settingsForUrl(url: string): Promise<{ enabled: boolean; openMode: OpenMode }> {
  const settings = await readSiteSettings();
  const key = siteKeyForUrl(url, settings.userHosts);
  return {
    enabled: key === null || settings.enabled[key] !== false,
    openMode: key !== null && settings.openMode[key] === 'click' ? 'click' : 'auto',
  };
}

async function updateMap(storageKey: string, siteKey: string, value: unknown): Promise<void> {
  const got = await browser.storage.local.get(storageKey);
  await browser.storage.local.set({ [storageKey]: { ...record(got[storageKey]), [siteKey]: value } });
}

export function setSiteEnabled(siteKey: string, enabled: boolean): Promise<void> {
  return updateMap(ENABLED_KEY, siteKey, enabled);
}

export function setOpenMode(siteKey: string, mode: OpenMode): Promise<void> {
  return updateMap(OPEN_MODE_KEY, siteKey, mode);
}

/** Calls back whenever any site setting changes (in this page or another). */
export function onSiteSettingsChange(callback: () => void): () => void {
  const keys = [ENABLED_KEY, OPEN_MODE_KEY, USER_SITES_KEY];
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && keys.some((k) => k in changes)) callback();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
