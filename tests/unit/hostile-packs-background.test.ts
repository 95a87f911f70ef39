// @vitest-environment node
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '../../src/background';
import { database } from '../../src/cache';
import { BASE_PACK_JSON, hostileCases } from '../fixtures/hostile-packs/cases';
import { databaseState, prototypeState } from '../fixtures/hostile-packs/database-state';
import { failWrite } from '../fixtures/hostile-packs/write-faults';

const starterJson = readFileSync(new URL('../../public/packs/starter.json', import.meta.url), 'utf8');
const optionsPage = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') };

/** Delivers a message to the background's listener as the browser would, from the options page. */
function send(type: string, payload: unknown): Promise<{ ok: boolean; data?: unknown; error?: string }> {
  return new Promise((resolve) => void fakeBrowser.runtime.onMessage.trigger({ type, payload }, optionsPage, resolve));
}

const prototypeBefore = prototypeState();

beforeAll(async () => {
  fakeBrowser.reset();
  vi.stubGlobal('fetch', async () => new Response(starterJson));
  vi.spyOn(console, 'error').mockImplementation(() => {}); // the background logs each refused import
  startBackground();
  expect(await send('ui/importPack', { json: BASE_PACK_JSON })).toMatchObject({ ok: true, data: { id: 'hostile-base' } });
  expect(((await send('ui/listPacks', {})).data as { id: string }[]).map((p) => p.id).sort()).toEqual(['backstory-starter', 'hostile-base']);
});

describe('hostile packs through the ui/importPack message', () => {
  it.each(hostileCases.map((c) => [c.name, c] as const))('refuses %s and changes nothing', async (_name, c) => {
    const db = database();
    const before = await databaseState(db);
    // The base pack's entities fill one block: the second block written is its fact-checks.
    const fault = c.fault === 'quota' ? failWrite(db, { table: 'blocks', nth: 2 }) : null;
    const reply = await send('ui/importPack', { json: c.json() }).finally(() => fault?.restore());
    expect(reply.ok).toBe(false);
    expect(reply.error).toMatch(c.error);
    expect(await databaseState(db)).toEqual(before);
    expect(prototypeState()).toEqual(prototypeBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('still answers from the installed packs afterwards', async () => {
    const found = (await send('ui/search', { query: 'daily example' })).data as { entities: { id: string; description: string }[] };
    expect(found.entities.map((e) => [e.id, e.description])).toEqual([['outlet:daily-example', "A fictional newspaper used in Backstory's tests."]]);
  });
});
