import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parsePack, type Pack } from '../packs';

export const STARTER_PACK_FILE = fileURLToPath(new URL('../../public/packs/starter.json', import.meta.url));

/** Reads and validates pack files; the first invalid one stops everything with its errors. */
export async function loadPacks(files: string[]): Promise<Pack[]> {
  const packs: Pack[] = [];
  for (const file of files) {
    const checked = parsePack(await readFile(file, 'utf8'));
    if (!checked.ok) throw new Error(`${file}: invalid pack:\n  ${checked.errors.join('\n  ')}`);
    packs.push(checked.pack);
  }
  return packs;
}
