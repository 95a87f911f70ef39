// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyzeForTab, clearTabContext, currentTabContext, expectAnalysis } from '../../src/background/tab-state';
import type { PageContext } from '../../src/context';

const context = { url: 'https://news.example/a' } as PageContext;
const failing = async (): Promise<PageContext> => {
  throw new TypeError('a rule read past the sentence');
};

describe('a failed analysis', () => {
  beforeEach(() => fakeBrowser.reset());

  it('tells the sidebar waiting for it why, instead of answering that there is nothing', async () => {
    await expectAnalysis(3);
    const waiting = currentTabContext(3);
    await expect(analyzeForTab(3, failing)).rejects.toThrow('the article could not be analysed (a rule read past the sentence)');
    await expect(waiting).rejects.toThrow('could not be analysed');
  });

  it('tells a sidebar opened later too, until the tab is read again or cleared', async () => {
    await analyzeForTab(4, failing).catch(() => {});
    await expect(currentTabContext(4)).rejects.toThrow('a rule read past the sentence');
    await expectAnalysis(4);
    const next = currentTabContext(4);
    await analyzeForTab(4, async () => context);
    await expect(next).resolves.toBe(context);
    await expect(currentTabContext(4)).resolves.toEqual(context);
    await analyzeForTab(4, failing).catch(() => {});
    await clearTabContext(4);
    await expect(currentTabContext(4)).resolves.toBeNull();
  });

  it('does not take the context of a page read before it', async () => {
    await analyzeForTab(5, async () => context);
    await analyzeForTab(5, failing).catch(() => {});
    await expect(currentTabContext(5)).rejects.toThrow('could not be analysed');
  });
});
