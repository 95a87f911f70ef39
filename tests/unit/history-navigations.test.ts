// @vitest-environment node
/**
 * The background's watch for single-page sites (src/background/history-navigations.ts): a tab whose
 * address moved to one of its site's article URLs, once done loading, gets the full content script,
 * unless the script is in its page already; no other address change loads anything.
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { watchHistoryNavigations } from '../../src/background/history-navigations';
import { CONTENT_SCRIPT, CONTENT_SCRIPT_MARK, NAVIGATED_FROM } from '../../src/sites/script-files';

const ARTICLE = 'https://www.theguardian.com/world/2024/mar/05/harbour-pier-opens';
const FRONT = 'https://www.theguardian.com/world';

interface Injection {
  target: { tabId: number };
  func?: (...args: string[]) => unknown;
  files?: string[];
  args?: string[];
}

/** What executeScript was asked, in order, as "check", "title:<title>" or the file loaded. */
let calls: string[];
/** The mark in each tab's page: "loading" while its gate imports the full script, true once that runs. */
let marks: Map<number, 'loading' | true>;
/** Tabs the browser keeps the extension out of. */
let closed: Set<number>;

beforeAll(() => {
  fakeBrowser.reset();
  const scripting = {
    executeScript: async ({ target, func, files, args }: Injection) => {
      if (closed.has(target.tabId)) throw new Error('No tab with id');
      if (files) {
        calls.push(...files);
        marks.set(target.tabId, true);
        return [{ frameId: 0, result: undefined }];
      }
      // Both functions run in the page's content-script world: here, this test's global for a moment.
      const world = globalThis as Record<string, unknown>;
      const [key, title] = args!;
      if (key === CONTENT_SCRIPT_MARK) {
        calls.push('check');
        if (marks.has(target.tabId)) world[key] = marks.get(target.tabId);
        try {
          return [{ frameId: 0, result: func!(key) }];
        } finally {
          delete world[key];
        }
      }
      func!(key!, title!);
      calls.push(`title:${String(world[NAVIGATED_FROM])}`);
      delete world[NAVIGATED_FROM];
      return [{ frameId: 0, result: undefined }];
    },
  };
  (fakeBrowser as unknown as { scripting: typeof scripting }).scripting = scripting;
  watchHistoryNavigations();
});

beforeEach(() => {
  calls = [];
  marks = new Map();
  closed = new Set();
});

/** Reports a tab update as the browser does: what changed, and the tab as it is now. */
async function update(tabId: number, change: { url?: string; status?: string; title?: string }, tab: { url: string; title: string; status: string }): Promise<void> {
  await fakeBrowser.tabs.onUpdated.trigger(tabId, change as never, { id: tabId, ...tab } as never);
  // The loading itself is not awaited by the listener: let it run.
  await new Promise((done) => setTimeout(done, 0));
}

describe('history navigations of supported sites', () => {
  it("loads the full script after Chromium's report of a move to an article (loading, then complete), with the title shown before", async () => {
    await update(1, { status: 'loading', url: ARTICLE }, { url: ARTICLE, title: 'World news', status: 'loading' });
    expect(calls).toEqual([]);
    await update(1, { status: 'complete' }, { url: ARTICLE, title: 'World news', status: 'complete' });
    expect(calls).toEqual(['check', 'title:World news', `/${CONTENT_SCRIPT}`]);
  });

  it("loads it after Firefox's report of the same move (one update, complete)", async () => {
    await update(2, { url: ARTICLE }, { url: ARTICLE, title: 'World news', status: 'complete' });
    expect(calls).toEqual(['check', 'title:World news', `/${CONTENT_SCRIPT}`]);
  });

  it('loads nothing into a page that has the script (an ordinary load: the gate imported it)', async () => {
    marks.set(3, true);
    await update(3, { status: 'loading', url: ARTICLE }, { url: ARTICLE, title: ARTICLE, status: 'loading' });
    await update(3, { status: 'complete' }, { url: ARTICLE, title: 'Harbour pier opens', status: 'complete' });
    expect(calls).toEqual(['check']);
  });

  it('loads nothing into a page whose gate is still importing the script (a big page can finish loading first)', async () => {
    marks.set(7, 'loading');
    await update(7, { status: 'loading', url: ARTICLE }, { url: ARTICLE, title: ARTICLE, status: 'loading' });
    await update(7, { status: 'complete' }, { url: ARTICLE, title: 'Harbour pier opens', status: 'complete' });
    expect(calls).toEqual(['check']);
  });

  it("looks at nothing for a move to an address outside the site's article URLs, or to a site it does not support", async () => {
    await update(4, { url: FRONT }, { url: FRONT, title: 'Harbour pier opens', status: 'complete' });
    await update(4, { url: 'https://news.example/2024/03/05/a-story' }, { url: 'https://news.example/2024/03/05/a-story', title: 'x', status: 'complete' });
    expect(calls).toEqual([]);
  });

  it('looks once per move: later updates of the same page (its title, its icon) load nothing', async () => {
    await update(5, { url: ARTICLE }, { url: ARTICLE, title: 'World news', status: 'complete' });
    calls = [];
    marks.delete(5);
    await update(5, { title: 'Harbour pier opens' }, { url: ARTICLE, title: 'Harbour pier opens', status: 'complete' });
    expect(calls).toEqual([]);
  });

  it('gives up quietly on a tab the browser keeps it out of', async () => {
    closed.add(6);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      await update(6, { url: ARTICLE }, { url: ARTICLE, title: 'World news', status: 'complete' });
      expect(warn).toHaveBeenCalledWith('Backstory: could not read the new page', expect.any(Error));
    } finally {
      warn.mockRestore();
    }
  });
});
