/**
 * Resolves once the document has been parsed (at once when it already has), in a task of its own: work
 * done on DOMContentLoaded itself would add to the browser's parsing task and make one long task of both.
 */
export function documentParsed(): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((parsed) => document.addEventListener('DOMContentLoaded', () => setTimeout(parsed, 0), { once: true }));
}
