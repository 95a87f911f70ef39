import { browser } from 'wxt/browser';
import { CONTENT_SCRIPT, CONTENT_SCRIPT_MARK } from '../sites/script-files';
import { clearTabContext, expectAnalysis } from './tab-state';

/** Whether the full content script runs in the tab's page or is being loaded into it (the check runs in the content scripts' world). */
export async function contentScriptIn(tabId: number): Promise<boolean> {
  const [frame] = await browser.scripting.executeScript({
    target: { tabId },
    func: (mark: string) => (globalThis as Record<string, unknown>)[mark] !== undefined,
    args: [CONTENT_SCRIPT_MARK],
  });
  return frame?.result === true;
}

/**
 * Loads the full content script into the tab's page at the reader's request, unless it is there (it
 * has read the page already); false then. Readers of the tab's context wait for what it finds. Fails
 * where the browser lets the extension into no such page (its own pages, the web store).
 */
export async function readTab(tabId: number): Promise<boolean> {
  if (await contentScriptIn(tabId)) return false;
  await expectAnalysis(tabId);
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [`/${CONTENT_SCRIPT}`] });
  } catch (e) {
    await clearTabContext(tabId);
    throw e;
  }
  return true;
}
