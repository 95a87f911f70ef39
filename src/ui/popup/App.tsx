import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { SearchResults as Results } from '../../cache/search';
import type { PageContext } from '../../context/types';
import { send } from '../../messaging/client';
import { t } from '../shared/i18n';
import { loadContext } from '../sidebar/load-context';
import { Detail } from './Detail';
import type { ResultItem } from './result-items';
import { SearchResults } from './SearchResults';
import { TabSummary } from './TabSummary';

/** Moves focus between the search box and the result buttons with the arrow keys. */
function onArrow(e: KeyboardEvent, root: HTMLElement | null, input: HTMLInputElement | null) {
  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
  const buttons = [...(root?.querySelectorAll<HTMLButtonElement>('button.result') ?? [])];
  if (!buttons.length) return;
  const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
  const next = e.key === 'ArrowDown' ? Math.min(at + 1, buttons.length - 1) : at - 1;
  e.preventDefault();
  if (next < 0) input?.focus();
  else buttons[next]!.focus();
}

/** The toolbar popup: what was found on this tab, and a search over the whole cache. */
export function App() {
  const [tab, setTab] = useState<{ id: number | null; url: string | null; context: PageContext | null } | undefined>(undefined);
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<Results | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [detail, setDetail] = useState<{ item: ResultItem; index: number } | null>(null);
  const latest = useRef(0);
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLDivElement>(null);
  const returnTo = useRef<number | null>(null);

  useEffect(() => {
    input.current?.focus();
    browser.tabs
      .query({ active: true, currentWindow: true })
      .then(async ([active]) => {
        const id = active?.id ?? null;
        setTab({ id, url: active?.url ?? null, context: await loadContext(id) });
      })
      .catch(() => setTab({ id: null, url: null, context: null }));
  }, []);

  useEffect(() => {
    const ticket = ++latest.current;
    setDetail(null);
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

  // Back from a detail view: focus returns to the hit it came from.
  useEffect(() => {
    if (detail || returnTo.current === null) return;
    list.current?.querySelector<HTMLButtonElement>(`button.result[data-index="${returnTo.current}"]`)?.focus();
    returnTo.current = null;
  }, [detail]);

  const back = () => {
    returnTo.current = detail?.index ?? null;
    setDetail(null);
  };

  return (
    <main
      class="popup"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && detail) {
          e.preventDefault();
          back();
        } else if (!detail) onArrow(e, list.current, input.current);
      }}
    >
      <header class="bar">
        <span class="brand">
          <span class="tab-logo" aria-hidden="true">
            B
          </span>{' '}
          {t('extName')}
        </span>
      </header>
      {tab === undefined ? (
        <p class="state" role="status">
          {t('loading')}
        </p>
      ) : (
        <TabSummary context={tab.context} tabId={tab.id} url={tab.url} onRead={(context) => setTab({ ...tab, context })} />
      )}
      <div class="search" role="search">
        <label for="q" class="visually-hidden">
          {t('searchLabel')}
        </label>
        <input id="q" ref={input} type="search" autoFocus placeholder={t('searchPlaceholder')} value={query} onInput={(e) => setQuery((e.target as HTMLInputElement).value)} />
      </div>
      {error && (
        <p class="state error" role="alert">
          {error}
        </p>
      )}
      <div ref={list} hidden={Boolean(detail)}>
        {results && <SearchResults results={results} onOpen={(item, index) => setDetail({ item, index })} />}
      </div>
      {detail && <Detail item={detail.item} onBack={back} />}
    </main>
  );
}
