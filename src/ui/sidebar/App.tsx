import { useEffect, useState } from 'preact/hooks';
import type { PageContext } from '../../context/types';
import { isCollapsed, onCollapsedChange, setCollapsed } from '../../content/sidebar-state';
import { inPage, loadContext } from './load-context';
import { Sidebar } from './Sidebar';

type State = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; context: PageContext | null };

function summary(context: PageContext | null): string {
  if (!context) return '';
  const checked = context.claims.filter((c) => c.reviews.length).length + context.corrections.length;
  return `${context.sources.length} sources · ${checked} checked`;
}

/** The sidebar page: the same app in the article's frame and in the browser's side panel. */
export function App() {
  const [state, setState] = useState<State>({ status: 'loading' });
  const [collapsed, setCollapsedState] = useState(false);

  useEffect(() => {
    const load = () =>
      loadContext().then(
        (context) => setState({ status: 'ready', context }),
        (e: unknown) => setState({ status: 'error', message: e instanceof Error ? e.message : String(e) }),
      );
    void load();
    if (!inPage) return;
    void isCollapsed().then(setCollapsedState);
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') void setCollapsed(true);
    };
    window.addEventListener('keydown', onKey);
    const stop = onCollapsedChange(setCollapsedState);
    return () => {
      stop();
      window.removeEventListener('keydown', onKey);
    };
  }, []);

  const context = state.status === 'ready' ? state.context : null;
  if (inPage && collapsed) {
    return (
      <button class="tab" type="button" onClick={() => void setCollapsed(false)} aria-label={`Open Backstory. ${summary(context)}`}>
        <span class="tab-logo" aria-hidden="true">B</span>
        <span class="tab-text">{summary(context) || 'Backstory'}</span>
      </button>
    );
  }
  return (
    <main class="sidebar" aria-label="Backstory">
      <div class="bar">
        <span class="brand">
          <span class="tab-logo" aria-hidden="true">B</span> Backstory
        </span>
        {inPage && (
          <button class="collapse" type="button" onClick={() => void setCollapsed(true)} aria-label="Collapse the Backstory sidebar" title="Collapse">
            ›
          </button>
        )}
      </div>
      {state.status === 'loading' && <p class="state" role="status">Looking up this article’s sources…</p>}
      {state.status === 'error' && (
        <p class="state error" role="alert">
          Backstory could not load this article’s context: {state.message}
        </p>
      )}
      {state.status === 'ready' && !state.context && <p class="state">No news article recognised on this tab.</p>}
      {state.status === 'ready' && state.context && <Sidebar context={state.context} />}
      <footer class="privacy">Everything here comes from packs on your computer. Nothing about what you read leaves it.</footer>
    </main>
  );
}
