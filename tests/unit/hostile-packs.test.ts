// @vitest-environment node
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BackstoryDB, importPack } from '../../src/cache';
import { parsePack, type Pack } from '../../src/packs';
import { BASE_PACK_JSON, hostileCases } from '../fixtures/hostile-packs/cases';
import { databaseState, prototypeState } from '../fixtures/hostile-packs/database-state';
import { failWrite } from '../fixtures/hostile-packs/write-faults';

const valid = (json: string): Pack => {
  const checked = parsePack(json);
  if (!checked.ok) throw new Error(checked.errors.join('\n'));
  return checked.pack;
};

const db = new BackstoryDB(`hostile-packs-${Date.now()}`);
const prototypeBefore = prototypeState();

beforeAll(async () => {
  await importPack(db, valid(readFileSync(new URL('../../public/packs/starter.json', import.meta.url), 'utf8')));
  await importPack(db, valid(BASE_PACK_JSON));
});
afterAll(() => db.delete());

/** What the options page does with a file: parse and validate, then install; the errors it shows. */
async function tryInstall(json: string): Promise<string> {
  const checked = parsePack(json);
  if (!checked.ok) return checked.errors.join('\n');
  await importPack(db, checked.pack);
  return '';
}

describe('hostile packs through parsePack + importPack', () => {
  it('has at least 30 cases', () => expect(hostileCases.length).toBeGreaterThanOrEqual(30));

  it.each(hostileCases.map((c) => [c.name, c] as const))('refuses %s and changes nothing', async (_name, c) => {
    const before = await databaseState(db);
    // The base pack's entities fill one block: the second block written is its fact-checks.
    const fault = c.fault === 'quota' ? failWrite(db, { table: 'blocks', nth: 2 }) : null;
    let error: string;
    try {
      error = await tryInstall(c.json());
    } catch (e) {
      error = (e as Error).message;
    } finally {
      fault?.restore();
    }
    expect(error).toMatch(c.error);
    if (fault) expect(fault.seen).toBe(2); // the failure struck after the entities were written
    expect(await databaseState(db)).toEqual(before);
    expect(prototypeState()).toEqual(prototypeBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
