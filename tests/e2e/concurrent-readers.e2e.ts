/**
 * Readers during a pack update, in real Chromium: popup-style searches sent to the background while it
 * installs a newer edition of a pack (the unit suite interleaves them on fake-indexeddb; this checks the
 * same promise against Chromium's IndexedDB and the real message path). Every answer must come wholly
 * from one edition: the old one until the update commits, the new one after.
 */
import { describe, expect, test } from 'vitest';
import { editionPack, editionsIn } from '../fixtures/hostile-packs/editions';
import { chromiumSuite } from './suite';

const suite = chromiumSuite();

// Enough records that the update's transaction is open for a good while (about a second in Chromium here).
const FILLER = 20_000;

describe('Chromium: readers during a pack update', () => {
  test('searches answered while a newer edition installs each show exactly one edition', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(suite.browser.extensionUrl('options.html'));
    const amber = JSON.stringify(editionPack('amber', '1.0.0', FILLER));
    const violet = JSON.stringify(editionPack('violet', '1.0.1', FILLER));

    const answers = await page.evaluate(
      async ({ amber, violet }) => {
        const send = async (type: string, payload: object) => {
          const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime;
          const reply = (await runtime.sendMessage({ type, payload })) as { ok: boolean; data?: unknown; error?: string };
          if (!reply.ok) throw new Error(`${type}: ${reply.error}`);
          return reply.data;
        };
        await send('ui/importPack', { json: amber });
        // A search every 10 ms while the update runs, none waiting for another. (In Chromium the ones sent
        // during the update queue behind its write transaction and answer from the new edition.)
        const searches: Promise<unknown>[] = [send('ui/search', { query: 'harbour board' })];
        let updated = false;
        const update = send('ui/importPack', { json: violet }).then(() => (updated = true));
        while (!updated) {
          searches.push(send('ui/search', { query: 'harbour board' }));
          await new Promise((r) => setTimeout(r, 10));
        }
        await update;
        searches.push(send('ui/search', { query: 'harbour board' }));
        return Promise.all(searches);
      },
      { amber, violet },
    );
    await page.close();

    const editions = answers.map(editionsIn);
    // Searches were really sent while the update ran, or this proves nothing.
    expect(answers.length).toBeGreaterThan(20);
    for (const [i, seen] of editions.entries()) expect(seen.length, `answer ${i}: ${JSON.stringify(answers[i])}`).toBe(1);
    expect(editions[0]).toEqual(['amber']);
    expect(editions.at(-1)).toEqual(['violet']);
    // Answers come in the order they were asked: once the new edition shows, the old one never comes back.
    const firstViolet = editions.findIndex((e) => e[0] === 'violet');
    expect(editions.slice(firstViolet).every((e) => e[0] === 'violet')).toBe(true);
  });
});
