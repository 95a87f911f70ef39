// @vitest-environment node
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '../../src/background';
import type { PageContext } from '../../src/context';
import { ANALYSIS_EXPECTED_MS } from '../../src/background/tab-state';

const starterJson = readFileSync(new URL('../../public/packs/starter.json', import.meta.url), 'utf8');
const ownPage = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/sidepanel.html') };
const tabSender = (tabId: number) => ({ id: fakeBrowser.runtime.id, url: 'https://www.pinknews.co.uk/2017/07/06/a/', tab: { id: tabId } });

/** Delivers a message to the background's listener as the browser would, with a chosen sender. */
async function deliver(message: unknown, sender: object): Promise<{ ok: boolean; data?: unknown; error?: string }> {
  return new Promise((resolve) => {
    void fakeBrowser.runtime.onMessage.trigger(message, sender, resolve);
  });
}

const text = 'Russian newspaper Novaya Gazeta first reported that at least three men were killed.\n\nHuman Rights Council President Chad Griffin wrote to the Unheard Of Group, saying the killings must stop.';
const analysis = {
  url: 'https://www.pinknews.co.uk/2017/07/06/a/',
  detection: { isArticle: true, site: 'pinknews', reason: 'test' },
  article: { title: 'A test article', byline: [], publishedAt: '2017-07-06T00:00:00.000Z', siteName: 'PinkNews', lang: 'en', canonicalUrl: null, text },
};

describe('background', () => {
  beforeAll(() => {
    fakeBrowser.reset();
    vi.stubGlobal('fetch', async (url: string) => {
      expect(url).toBe(fakeBrowser.runtime.getURL('/packs/starter.json'));
      return new Response(starterJson);
    });
    startBackground();
  });

  it.each([
    ['an unknown origin', {}],
    ['a web page', { url: 'https://evil.example/' }],
    ['another extension', { id: 'other-extension', url: 'chrome-extension://other-extension/x.html' }],
  ])('refuses messages from %s', async (_name, sender) => {
    const reply = await deliver({ type: 'ui/search', payload: { query: 'putin' } }, sender);
    expect(reply).toEqual({ ok: false, error: 'sender is not this extension' });
  });

  it('extracts and matches an article, answers with counts and keeps the context for the tab', async () => {
    const reply = await deliver({ type: 'content/analyze', payload: analysis }, tabSender(5));
    expect(reply).toMatchObject({ ok: true, data: { sources: 4 } });
    const got = await deliver({ type: 'ui/getTabContext', payload: { tabId: 5 } }, ownPage);
    const context = got.data as PageContext;
    expect(context.publisher?.name).toBe('PinkNews');
    const byName = Object.fromEntries(context.sources.map((s) => [s.name, s]));
    expect(byName['Novaya Gazeta']?.entity?.id).toBe('outlet:novaya-gazeta');
    expect(byName['Chad Griffin']?.matchedBy).toEqual({ form: 'Chad Griffin', alias: 'Chad Griffin' });
    expect(byName['Unheard Of Group']?.entity).toBeNull();
    expect(context.corrections.map((c) => c.right).join(' ')).toMatch(/Human Rights Campaign/);
  });

  it('gives the in-page sidebar the context of its own tab, not another one', async () => {
    await deliver({ type: 'content/analyze', payload: { ...analysis, article: { ...analysis.article, title: 'Tab nine' } } }, tabSender(9));
    const framed = await deliver({ type: 'ui/getTabContext', payload: { tabId: 5 } }, { ...ownPage, tab: { id: 9 } });
    expect((framed.data as PageContext).article.title).toBe('Tab nine');
  });

  it('forgets a tab when it is closed', async () => {
    await fakeBrowser.tabs.onRemoved.trigger(5, { windowId: 1, isWindowClosing: false });
    await vi.waitFor(async () => expect((await deliver({ type: 'ui/getTabContext', payload: { tabId: 5 } }, ownPage)).data).toBeNull());
  });

  it('makes a sidebar that asks between content/reading and content/analyze wait for the new page, not the previous one', async () => {
    await deliver({ type: 'content/analyze', payload: { ...analysis, article: { ...analysis.article, title: 'Previous page' } } }, tabSender(21));
    await deliver({ type: 'content/reading', payload: {} }, tabSender(21));
    const asked = deliver({ type: 'ui/getTabContext', payload: {} }, { ...ownPage, tab: { id: 21 } });
    await deliver({ type: 'content/analyze', payload: { ...analysis, article: { ...analysis.article, title: 'New page' } } }, tabSender(21));
    expect(((await asked).data as PageContext).article.title).toBe('New page');
  });

  it('hands a sidebar waiting on an announcement that was announced again the analysis that follows', async () => {
    await deliver({ type: 'content/reading', payload: {} }, tabSender(24));
    const asked = deliver({ type: 'ui/getTabContext', payload: { tabId: 24 } }, ownPage);
    await deliver({ type: 'content/reading', payload: {} }, tabSender(24));
    await deliver({ type: 'content/analyze', payload: { ...analysis, article: { ...analysis.article, title: 'Read twice' } } }, tabSender(24));
    expect(((await asked).data as PageContext).article.title).toBe('Read twice');
  });

  it('answers null to a sidebar waiting for an announced analysis when the page is cleared instead', async () => {
    await deliver({ type: 'content/analyze', payload: analysis }, tabSender(22));
    await deliver({ type: 'content/reading', payload: {} }, tabSender(22));
    const asked = deliver({ type: 'content/getContext', payload: {} }, tabSender(22));
    await deliver({ type: 'content/clear', payload: {} }, tabSender(22));
    expect(await asked).toEqual({ ok: true, data: null });
  });

  it('stops waiting for an announced analysis that never comes, and answers null', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      await deliver({ type: 'content/analyze', payload: analysis }, tabSender(23));
      await deliver({ type: 'content/reading', payload: {} }, tabSender(23));
      let answer: unknown = 'none yet';
      const asked = deliver({ type: 'ui/getTabContext', payload: { tabId: 23 } }, ownPage).then((r) => (answer = r));
      await vi.advanceTimersByTimeAsync(ANALYSIS_EXPECTED_MS - 1);
      expect(answer).toBe('none yet');
      await vi.advanceTimersByTimeAsync(1);
      await asked;
      expect(answer).toEqual({ ok: true, data: null });
    } finally {
      vi.useRealTimers();
    }
  });

  describe('reading a page at the reader\'s request (ui/readTab)', () => {
    /** The tab's page as executeScript sees it: whether the full content script is in it, and whether the browser lets the extension in. */
    function page(tab: { loaded: boolean; closed?: boolean }) {
      const calls: { func?: unknown; files?: string[]; args?: unknown[] }[] = [];
      const scripting = {
        executeScript: async (injection: { target: { tabId: number }; func?: (mark: string) => boolean; files?: string[]; args?: string[] }) => {
          calls.push(injection);
          if (tab.closed) throw new Error('Cannot access contents of the page.');
          if (injection.func) {
            // The check runs in the page's content-script world: here, this test's global for a moment.
            const world = globalThis as Record<string, unknown>;
            const mark = injection.args![0]!;
            if (tab.loaded) world[mark] = true;
            try {
              return [{ frameId: 0, result: injection.func(mark) }];
            } finally {
              delete world[mark];
            }
          }
          tab.loaded = true;
          return [{ frameId: 0, result: undefined }];
        },
      };
      (fakeBrowser as unknown as { scripting: typeof scripting }).scripting = scripting;
      return calls;
    }

    it('loads the full content script into a tab without it, and makes readers wait for what it finds', async () => {
      const calls = page({ loaded: false });
      expect(await deliver({ type: 'ui/readTab', payload: { tabId: 31 } }, ownPage)).toEqual({ ok: true, data: true });
      expect(calls.map((c) => c.files ?? 'check')).toEqual(['check', ['/content-scripts/content.js']]);
      const asked = deliver({ type: 'ui/getTabContext', payload: { tabId: 31 } }, ownPage);
      await deliver({ type: 'content/reading', payload: {} }, tabSender(31));
      await deliver({ type: 'content/analyze', payload: { ...analysis, article: { ...analysis.article, title: 'Read on request' } } }, tabSender(31));
      expect(((await asked).data as PageContext).article.title).toBe('Read on request');
    });

    it('answers readers null at once when the page read is no article', async () => {
      page({ loaded: false });
      await deliver({ type: 'ui/readTab', payload: { tabId: 32 } }, ownPage);
      const asked = deliver({ type: 'ui/getTabContext', payload: { tabId: 32 } }, ownPage);
      await deliver({ type: 'content/clear', payload: {} }, tabSender(32));
      expect(await asked).toEqual({ ok: true, data: null });
    });

    it('does not load the script a second time into a page it has read', async () => {
      const calls = page({ loaded: true });
      expect(await deliver({ type: 'ui/readTab', payload: { tabId: 33 } }, ownPage)).toEqual({ ok: true, data: false });
      expect(calls).toHaveLength(1);
    });

    it('reports a page the browser keeps it out of, and leaves no reader waiting', async () => {
      page({ loaded: false, closed: true });
      const reply = await deliver({ type: 'ui/readTab', payload: { tabId: 34 } }, ownPage);
      expect(reply.ok).toBe(false);
      expect(reply.error).toMatch(/Cannot access/);
      expect((await deliver({ type: 'ui/getTabContext', payload: { tabId: 34 } }, ownPage)).data).toBeNull();
    });

    it('is refused from a content script', async () => {
      const calls = page({ loaded: false });
      const reply = await deliver({ type: 'ui/readTab', payload: { tabId: 35 } }, tabSender(35));
      expect(reply.error).toMatch(/may not be sent from a content context/);
      expect(calls).toHaveLength(0);
    });
  });

  it('refuses content/reading from an extension page', async () => {
    const reply = await deliver({ type: 'content/reading', payload: {} }, ownPage);
    expect(reply.ok).toBe(false);
    expect(reply.error).toMatch(/may not be sent from a ui context/);
  });

  it('searches the installed starter pack', async () => {
    const reply = await deliver({ type: 'ui/search', payload: { query: 'novaya' } }, ownPage);
    expect((reply.data as { entities: { name: string }[] }).entities[0]?.name).toBe('Novaya Gazeta');
  });

  it('rejects a malformed analysis without storing anything', async () => {
    const reply = await deliver({ type: 'content/analyze', payload: { ...analysis, article: { ...analysis.article, text: 42 } } }, tabSender(11));
    expect(reply.ok).toBe(false);
    expect(reply.error).toMatch(/article\.text/);
    expect((await deliver({ type: 'ui/getTabContext', payload: { tabId: 11 } }, ownPage)).data).toBeNull();
  });
});

describe('pack management messages', () => {
  const small = {
    format: 'backstory-pack',
    formatVersion: 1,
    pack: { id: 'local-news', name: 'Local news', version: '1.0.0', license: 'CC0', publisher: 'A reader', created: '2026-11-01' },
    entities: [{ id: 'outlet:town-crier', kind: 'outlet', name: 'Town Crier', aliases: ['The Crier'], description: 'A made-up local paper used in tests.', domains: ['towncrier.example'], source: 'https://towncrier.example/about' }],
  };

  it('lists, imports, exports and removes packs', async () => {
    const before = (await deliver({ type: 'ui/listPacks', payload: {} }, ownPage)).data as { id: string }[];
    expect(before.map((p) => p.id)).toEqual(['backstory-starter']);
    const imported = await deliver({ type: 'ui/importPack', payload: { json: JSON.stringify(small) } }, ownPage);
    expect(imported).toMatchObject({ ok: true, data: { id: 'local-news', counts: { entities: 1 } } });
    const exported = (await deliver({ type: 'ui/exportPack', payload: { id: 'local-news' } }, ownPage)).data as { entities: unknown[] };
    expect(exported.entities).toEqual([{ ...small.entities[0], ratings: [] }]);
    const found = (await deliver({ type: 'ui/search', payload: { query: 'crier' } }, ownPage)).data as { entities: { name: string }[] };
    expect(found.entities.map((e) => e.name)).toEqual(['Town Crier']);
    await deliver({ type: 'ui/removePack', payload: { id: 'local-news' } }, ownPage);
    expect(((await deliver({ type: 'ui/listPacks', payload: {} }, ownPage)).data as unknown[]).length).toBe(1);
  });

  it('refuses an invalid pack with errors naming the record and field, and changes nothing', async () => {
    const bad = { ...small, entities: [{ ...small.entities[0], source: 'javascript:alert(1)' }] };
    const reply = await deliver({ type: 'ui/importPack', payload: { json: JSON.stringify(bad) } }, ownPage);
    expect(reply.ok).toBe(false);
    expect(reply.error).toMatch(/entities\[0\] \(outlet:town-crier\)\.source: must be an http\(s\) URL/);
    expect(((await deliver({ type: 'ui/listPacks', payload: {} }, ownPage)).data as unknown[]).length).toBe(1);
  });

  it('keeps a removed starter pack removed until a reset brings it back', async () => {
    await deliver({ type: 'ui/removePack', payload: { id: 'backstory-starter' } }, ownPage);
    expect((await deliver({ type: 'ui/listPacks', payload: {} }, ownPage)).data).toEqual([]);
    await fakeBrowser.storage.local.set({ 'sites.openMode': { 'pinknews.co.uk': 'click' } });
    await deliver({ type: 'ui/resetData', payload: {} }, ownPage);
    const packs = (await deliver({ type: 'ui/listPacks', payload: {} }, ownPage)).data as { id: string }[];
    expect(packs.map((p) => p.id)).toEqual(['backstory-starter']);
    expect(await fakeBrowser.storage.local.get('sites.openMode')).toEqual({});
  });
});
