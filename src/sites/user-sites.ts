import { browser } from 'wxt/browser';
import { originsFor, parseSiteInput } from './hosts';
import { CONTENT_SCRIPT } from './script-files';
import { ENABLED_KEY, OPEN_MODE_KEY, USER_SITES_KEY, readSiteSettings } from './settings';

/**
 * Sites the reader added (background only: the one writer of `sites.user` and of the registrations).
 * Each has an optional host permission the reader granted on the options page and a content script
 * registered for it with the scripting API (Chrome MV3; Firefox MV2 has it since 102, persistence since 105).
 */
const SCRIPT_PREFIX = 'user-site:';

export const scriptIdFor = (host: string) => `${SCRIPT_PREFIX}${host}`;

async function register(host: string): Promise<void> {
  await browser.scripting.registerContentScripts([
    { id: scriptIdFor(host), js: [CONTENT_SCRIPT], matches: originsFor(host), runAt: 'document_idle', persistAcrossSessions: true },
  ]);
}

async function registeredIds(): Promise<Set<string>> {
  const scripts = await browser.scripting.getRegisteredContentScripts();
  return new Set(scripts.map((s) => s.id).filter((id) => id.startsWith(SCRIPT_PREFIX)));
}

async function unregister(ids: string[]): Promise<void> {
  if (ids.length) await browser.scripting.unregisterContentScripts({ ids });
}

async function saveHosts(hosts: string[]): Promise<void> {
  await browser.storage.local.set({ [USER_SITES_KEY]: [...new Set(hosts)].sort() });
}

function checkedHost(host: string): string {
  const parsed = parseSiteInput(host);
  if (!parsed.ok) throw new Error(parsed.error === 'supported' ? `${host} is already a supported site` : `${JSON.stringify(host)} is not a site's hostname`);
  return parsed.host;
}

/** Runs Backstory on a site the reader granted access to; answers the user-added sites. */
export async function addUserSite(input: string): Promise<string[]> {
  const host = checkedHost(input);
  if (!(await browser.permissions.contains({ origins: originsFor(host) }))) {
    throw new Error(`Backstory may not read ${host}: access was not granted`);
  }
  if ((await registeredIds()).has(scriptIdFor(host))) await unregister([scriptIdFor(host)]);
  await register(host);
  const { userHosts } = await readSiteSettings();
  await saveHosts([...userHosts, host]);
  return (await readSiteSettings()).userHosts;
}

/** Stops Backstory on an added site and gives its permission back; answers the remaining sites. */
export async function removeUserSite(input: string): Promise<string[]> {
  const host = checkedHost(input);
  if ((await registeredIds()).has(scriptIdFor(host))) await unregister([scriptIdFor(host)]);
  await browser.permissions.remove({ origins: originsFor(host) });
  const settings = await readSiteSettings();
  const { [host]: _on, ...enabled } = settings.enabled;
  const { [host]: _mode, ...openMode } = settings.openMode;
  await browser.storage.local.set({ [ENABLED_KEY]: enabled, [OPEN_MODE_KEY]: openMode });
  await saveHosts(settings.userHosts.filter((h) => h !== host));
  return (await readSiteSettings()).userHosts;
}

/**
 * Makes the added sites true again, on background start and whenever the options page opens: registers
 * what a browser without persistent registrations (a temporary Firefox add-on) lost, and forgets sites
 * whose access the reader revoked in the browser's own settings. Answers the added sites.
 */
export async function restoreUserSites(): Promise<string[]> {
  const { userHosts } = await readSiteSettings();
  if (!userHosts.length) return [];
  const registered = await registeredIds();
  const kept: string[] = [];
  for (const host of userHosts) {
    if (await browser.permissions.contains({ origins: originsFor(host) })) {
      kept.push(host);
      if (!registered.has(scriptIdFor(host))) await register(host);
    } else if (registered.has(scriptIdFor(host))) {
      await unregister([scriptIdFor(host)]);
    }
  }
  if (kept.length !== userHosts.length) await saveHosts(kept);
  return kept;
}

/** For "reset all data": unregisters every added site and gives back every permission the reader granted. */
export async function forgetUserSites(): Promise<void> {
  const { userHosts } = await readSiteSettings();
  if (!userHosts.length) return;
  await unregister([...(await registeredIds())]);
  const origins = userHosts.flatMap(originsFor);
  if (origins.length) await browser.permissions.remove({ origins });
  await saveHosts([]);
}
