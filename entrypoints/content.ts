import { supportedMatchPatterns } from '../src/article/sites';
import { runOnPage } from '../src/content/run';
import { viewSettled } from '../src/content/settle';
import { send } from '../src/messaging/client';

export default defineContentScript({
  matches: supportedMatchPatterns(),
  runAt: 'document_idle',
  async main(ctx) {
    let cleanup = await runOnPage();
    let shownTitle = document.title;
    // Counts navigations, so a run that finishes after the reader has moved on is undone at once.
    let navigation = 0;
    // Single-page sites: a history navigation shows another page. Drop the old sidebar and its state
    // at once, wait until the new view has rendered, then start over.
    ctx.addEventListener(window, 'wxt:locationchange', async () => {
      const mine = ++navigation;
      cleanup();
      cleanup = () => {};
      await send('content/clear', {}).catch(() => {});
      await viewSettled(shownTitle);
      if (mine !== navigation || ctx.isInvalid) return;
      const undo = await runOnPage();
      if (mine !== navigation || ctx.isInvalid) return undo();
      cleanup = undo;
      shownTitle = document.title;
    });
  },
});
