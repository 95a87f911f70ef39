/** Resolves once the document has been parsed (at once when it already has). */
export function documentParsed(): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((parsed) => document.addEventListener('DOMContentLoaded', () => parsed(), { once: true }));
}
