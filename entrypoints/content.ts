import { runOnPage, viewSettled } from '../src/content';
import { send } from '../src/messaging/client';
import { CONTENT_SCRIPT_MARK, NAVIGATED_FROM } from '../src/sites/script-files';

const nothing = () => {};

// Not in the manifest: on supported sites the gate (src/content/gate-script.ts) imports it where the
// address may be an article's; on sites the reader adds, the background registers it; the popup loads
// it into a tab on request. So it declares no matches, which would become host permissions.
export default defineContentScript({
  registration: 'runtime',
  // WXT also announces each start with window.postMessage, for content scripts built with older WXT
  // versions; Backstory has none, and the message cost several ms on every page and told the page
  // that Backstory runs.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    const world = globalThis as Record<string, unknown>;
    // Should a second copy be loaded into the page, one reads it.
    if (world[CONTENT_SCRIPT_MARK] === true) return;
    world[CONTENT_SCRIPT_MARK] = true;
    // The gate may import this script while the page is still being parsed: read it once parsed; or
    // after a history navigation: read the new view once it has rendered.
    if (document.readyState === 'loading') {
      await new Promise((parsed) => document.addEventListener('DOMContentLoaded', parsed, { once: true }));
    }
    const navigatedFrom = world[NAVIGATED_FROM];
    delete world[NAVIGATED_FROM];
    if (typeof navigatedFrom === 'string') await viewSettled(navigatedFrom);
    // A page that renders its article with scripts gets one more look once it has loaded.
    let cleanup = await runOnPage();
    if (!cleanup && document.readyState !== 'complete' && !ctx.isInvalid) {
      await new Promise((loaded) => window.addEventListener('load', loaded, { once: true }));
      if (!ctx.isInvalid) cleanup = await runOnPage();
    }
    let shownTitle = document.title;
    // Counts navigations, so a run that finishes after the reader has moved on is undone at once.
    let navigation = 0;
    // Single-page sites: a history navigation shows another page. Drop the old sidebar and its state
    // at once, wait until the new view has rendered, then start over.
    ctx.addEventListener(window, 'wxt:locationchange', async () => {
      const mine = ++navigation;
      (cleanup ?? nothing)();
      cleanup = null;
      await send('content/clear', {}).catch(() => {});
      await viewSettled(shownTitle);
      if (mine !== navigation || ctx.isInvalid) return;
      const undo = await runOnPage();
      if (mine !== navigation || ctx.isInvalid) return (undo ?? nothing)();
      cleanup = undo;
      shownTitle = document.title;
    });
  },
});
