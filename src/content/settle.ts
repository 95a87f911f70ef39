/**
 * After a history navigation a single-page site renders the new view on its own schedule, often
 * after a fetch. Resolves once the document title differs from `previousTitle` (the old view is
 * gone) and the DOM has then gone `quietMs` without a change (the new view is complete), or after
 * `maxMs` whatever the page does (tickers, animations, sites that never change their title).
 */
export function viewSettled(previousTitle: string, quietMs = 250, maxMs = 3000): Promise<void> {
  return new Promise((resolve) => {
    let quiet: ReturnType<typeof setTimeout> | undefined;
    const done = () => {
      observer.disconnect();
      clearTimeout(quiet);
      clearTimeout(cap);
      resolve();
    };
    const arm = () => {
      clearTimeout(quiet);
      quiet = setTimeout(() => {
        if (document.title !== previousTitle) done();
      }, quietMs);
    };
    const observer = new MutationObserver(arm);
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    const cap = setTimeout(done, maxMs);
    arm();
  });
}
