import { useEffect, useRef, useState } from 'preact/hooks';
import type { SearchResults as Results } from '../../cache/search';
import type { PageContext } from '../../context/types';
import { send } from '../../messaging/client';
import { loadContext } from '../sidebar/load-context';
import { SearchResults } from './SearchResults';
import { TabSummary } from './TabSummary';

/** The toolbar popup: what was found on this tab, and a search over the whole cache. */
export function App() {
  const [context, setContext] = useState<PageContext | null | undefined>(undefined);
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<Results | null>(null);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(0);

  useEffect(() => {
    loadContext().then(setContext, () => setContext(null));
  }, []);

  useEffect(() => {
    const ticket = ++latest.current;
    if (!query.trim()) {
      setResults(null);
      return;
    }
    send('ui/search', { query, limit: 6 }).then(
      // Answers can arrive out of order while typing: only the newest query's answer is shown.
      (r) => ticket === latest.current && (setResults(r), setError(null)),
      (e: unknown) => ticket === latest.current && setError(e instanceof Error ? e.message : String(e)),
    );
  }, [query]);

  return (
    <main class="popup">
      <header class="bar">
        <span class="brand">
          <span class="tab-logo" aria-hidden="true">B</span> Backstory
        </span>
      </header>
      {context === undefined ? <p class="state">Loading…</p> : <TabSummary context={context} />}
      <label class="search">
        <span class="visually-hidden">Search sources, fact-checks and reports</span>
        <input
          type="search"
          autoFocus
          placeholder="Search sources, fact-checks, reports"
          value={query}
          onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
        />
      </label>
      {error && <p class="state error" role="alert">{error}</p>}
      {results && <SearchResults results={results} />}
    </main>
  );
}
