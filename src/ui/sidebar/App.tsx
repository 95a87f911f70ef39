import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { PageContext } from '../../context/types';
import { t } from '../shared/i18n';
import { addNote, notesFor, type FeedbackNote } from './feedback';
import { loadContext } from './load-context';
import { OpenModeSwitch } from './OpenModeSwitch';
import { inPage, onShownTabChange, onSidebarEvent, shownTab, toPage } from './page-link';
import { Reveal, type RevealApi } from './reveal';
import { Sidebar } from './Sidebar';
import { summary } from './summary';
import { Tab } from './Tab';
import { CONTEXT_SHOWN_MARK } from './timing';

type State = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; context: PageContext | null };

/** The in-page frame is told by its URL whether it starts as the tab (the site's open mode is "click"). */
const startsCollapsed = () => inPage && new URLSearchParams(location.search).get('collapsed') === '1';

/** The sidebar page: the same app in the article's frame and in the browser's side panel. */
export function App() {
  const [state, setState] = useState<State>({ status: 'loading' });
  const [tabId, setTabId] = useState<number | null>(null);
  const [collapsed, setCollapsed] = useState(startsCollapsed);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [notes, setNotes] = useState<FeedbackNote[]>([]);
  const byKeyboard = useRef(false);
  const shownUrl = useRef<string | null>(null);

  const load = useCallback(async () => {
    setState({ status: 'loading' });
    try {
      const tab = await shownTab();
      setTabId(tab);
      const context = await loadContext(tab);
      shownUrl.current = context?.url ?? null;
      setState({ status: 'ready', context });
      if (context) setNotes(await notesFor(context.url));
    } catch (e) {
      setState({ status: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  }, []);

  useEffect(() => {
    void load();
    return onShownTabChange(() => void load());
  }, [load]);

  useEffect(() => {
    if (tabId === null) return;
    return onSidebarEvent(tabId, (event) => {
      if (event.kind === 'ready') return void (shownUrl.current !== event.url && load());
      if (event.kind === 'collapsed') return setCollapsed(event.collapsed);
      setCollapsed(false);
      setActiveId(event.id ?? null);
    });
  }, [tabId, load]);

  // A user-timing mark once the article's context is on screen (effects run after the paint), so
  // `npm run bench` can time the sidebar's content and not only its first paint.
  useEffect(() => {
    if (state.status === 'ready' && state.context) performance.mark(CONTEXT_SHOWN_MARK);
  }, [state]);

  // The card the reader opened from the article comes into view.
  useEffect(() => {
    if (!activeId || collapsed) return;
    const card = [...document.querySelectorAll<HTMLElement>('[data-card]')].find((el) => el.dataset.card === activeId);
    card?.scrollIntoView({ block: 'nearest' });
  }, [activeId, collapsed, state]);

  const setOpen = useCallback(
    (open: boolean, keyboard = false) => {
      byKeyboard.current = keyboard;
      setCollapsed(!open);
      void toPage(tabId, { kind: 'setCollapsed', collapsed: !open });
    },
    [tabId],
  );

  useEffect(() => {
    if (!inPage || collapsed) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setOpen(false, true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [collapsed, setOpen]);

  const context = state.status === 'ready' ? state.context : null;
  const url = context?.url ?? null;
  const reveal = useMemo<RevealApi>(
    () => ({
      activeId,
      reveal: (id) => {
        setActiveId(id);
        void toPage(tabId, { kind: 'reveal', id });
      },
      flagged: new Set(notes.filter((n) => n.kind === 'wrong-match').map((n) => n.target ?? '')),
      flag: (id) => url && void addNote({ url, kind: 'wrong-match', target: id }).then((n) => setNotes((all) => [...all, n])),
    }),
    [activeId, tabId, notes, url],
  );

  if (inPage && collapsed) {
    return <Tab text={context ? summary(context) : t('extName')} onOpen={() => setOpen(true)} focus={byKeyboard.current} />;
  }
  const notArticle = notes.some((n) => n.kind === 'not-article');
  return (
    <main class="sidebar" aria-label={t('extName')}>
      <div class="bar">
        <span class="brand">
          <span class="tab-logo" aria-hidden="true">
            B
          </span>{' '}
          {t('extName')}
        </span>
        {inPage && (
          <button class="collapse" type="button" onClick={() => setOpen(false)} aria-label={t('collapseSidebar')} title={t('collapseSidebar')} aria-expanded="true">
            ›
          </button>
        )}
      </div>
      {state.status === 'loading' && (
        <p class="state" role="status">
          {t('loadingContext')}
        </p>
      )}
      {state.status === 'error' && (
        <div class="state error" role="alert">
          <p>{t('loadFailed', state.message)}</p>
          <button type="button" onClick={() => void load()}>
            {t('retry')}
          </button>
        </div>
      )}
      {state.status === 'ready' && !context && (
        <p class="state" role="status">
          {t('noArticle')}
        </p>
      )}
      {context && (
        <Reveal.Provider value={reveal}>
          <Sidebar context={context} />
        </Reveal.Provider>
      )}
      <footer class="privacy">
        {context && (
          <div class="footer-row">
            {notArticle ? (
              <p class="noted" role="status">
                {t('feedbackNoted')}
              </p>
            ) : (
              <button type="button" class="quiet" onClick={() => url && void addNote({ url, kind: 'not-article', target: null }).then((n) => setNotes((all) => [...all, n]))}>
                {t('notNewsArticle')}
              </button>
            )}
            {inPage && <OpenModeSwitch url={context.url} />}
          </div>
        )}
        <p>{t('privacyLine')}</p>
      </footer>
    </main>
  );
}
