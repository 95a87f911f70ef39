import { supportedMatchPatterns } from '../src/article/sites';
import { runOnPage } from '../src/content/run';
import { send } from '../src/messaging/client';

export default defineContentScript({
  matches: supportedMatchPatterns(),
  runAt: 'document_idle',
  async main(ctx) {
    let cleanup = await runOnPage();
    // Single-page sites: a history navigation shows another page; drop the old sidebar and start over.
    ctx.addEventListener(window, 'wxt:locationchange', async () => {
      cleanup();
      await send('content/clear', {}).catch(() => {});
      cleanup = await runOnPage();
    });
  },
});
