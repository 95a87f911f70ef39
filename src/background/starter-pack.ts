import { browser } from 'wxt/browser';
import { importPack, type BackstoryDB } from '../cache';
import { validatePack } from '../packs';

export const STARTER_PACK_PATH = '/packs/starter.json';
const STARTER_ID = 'backstory-starter';
// A reader who removed the starter pack keeps it removed, until they reset all data.
const REMOVED_KEY = 'packs.starterRemoved';

export async function noteStarterRemoval(packId: string): Promise<void> {
  if (packId === STARTER_ID) await browser.storage.local.set({ [REMOVED_KEY]: true });
}

export async function forgetStarterRemoval(): Promise<void> {
  await browser.storage.local.remove(REMOVED_KEY);
}

/**
 * Installs the bundled starter pack unless this exact version is already in the database. Runs on
 * install/update and before the first query of a worker's life, so a database that was wiped or
 * created while the worker was stopped still gets its data. Only a version that is not installed is
 * validated: a cold start with the pack in place reads its version and stops there.
 */
export async function ensureStarterPack(db: BackstoryDB): Promise<void> {
  if ((await browser.storage.local.get(REMOVED_KEY))[REMOVED_KEY] === true) return;
  const response = await fetch(browser.runtime.getURL(STARTER_PACK_PATH));
  const data: unknown = await response.json();
  const version = (data as { pack?: { version?: unknown } } | null)?.pack?.version;
  const installed = await db.packs.get(STARTER_ID);
  if (installed && installed.version === version) return;
  const checked = validatePack(data);
  if (!checked.ok) throw new Error(`bundled starter pack is invalid: ${checked.errors.join('; ')}`);
  await importPack(db, checked.pack);
}
