import { browser } from 'wxt/browser';
import { t } from '../ui/shared/i18n';
import { expandedWidth } from './panel-geometry';
import { sidebarShell } from './sidebar-shell';

const HOST_TAG = 'backstory-sidebar';
/** Marks the host whatever its tag; tests find the sidebar by it. */
const HOST_ATTRIBUTE = 'data-backstory-sidebar';

// Page rules can reach the host's pseudo-elements, which inline styles cannot: these win because
// !important rules from inside a shadow tree beat the page's own !important rules on its host.
const HOST_SHEET = ':host::before, :host::after { content: none !important; display: none !important; }';

/**
 * The host element and its closed shadow root. A page that defined <backstory-sidebar> itself (a custom
 * element that refuses a shadow root) gets a tag it cannot have known in advance instead.
 */
function createHost(): { host: HTMLElement; shadow: ShadowRoot } {
  const suffix = Math.random().toString(36).slice(2, 10);
  for (const tag of [HOST_TAG, `${HOST_TAG}-${suffix}`]) {
    try {
      const host = document.createElement(tag);
      return { host, shadow: host.attachShadow({ mode: 'closed' }) };
    } catch {
      // the page claimed this name; try the next one
    }
  }
  const host = document.createElement('div');
  return { host, shadow: host.attachShadow({ mode: 'closed' }) };
}

/** Puts the host in the browser's top layer, above anything the page can stack with z-index. */
function raiseToTopLayer(host: HTMLElement): void {
  try {
    host.setAttribute('popover', 'manual');
    host.showPopover();
  } catch {
    // no Popover API: the maximum z-index still applies
  }
}
const TAB = { width: '48px', height: '200px' };

export interface SidebarHost {
  setCollapsed(collapsed: boolean): void;
  readonly collapsed: boolean;
  remove(): void;
}

/**
 * Puts the sidebar page in the article page: a fixed host element with a closed shadow root holding
 * an iframe of the extension's sidebar page, over the sidebar's shell (its outline while it loads).
 * The frame has the extension's origin, so the page's CSS and scripts cannot reach into it; inline
 * !important styles keep page CSS off the host itself.
 * The frame learns its first state from its URL; later changes reach it through the background.
 */
export function mountSidebar({ collapsed, article }: { collapsed: boolean; article: Element | null }): SidebarHost {
  const { host, shadow } = createHost();
  host.setAttribute(HOST_ATTRIBUTE, '');
  const { sheet: shellSheet, shell } = sidebarShell();
  // A <style> rather than a constructed sheet: Firefox content scripts cannot adopt sheets they construct.
  const sheet = document.createElement('style');
  sheet.textContent = `${HOST_SHEET}\n${shellSheet}`;
  shadow.append(sheet, shell);
  const frame = document.createElement('iframe');
  frame.src = browser.runtime.getURL(`/sidepanel.html${collapsed ? '?collapsed=1' : ''}`);
  frame.setAttribute('allowtransparency', 'true');
  for (const [prop, value] of Object.entries({ position: 'relative', border: '0', width: '100%', height: '100%', display: 'block', background: 'transparent', 'color-scheme': 'normal' })) {
    frame.style.setProperty(prop, value, 'important');
  }
  shadow.append(frame);

  let state = collapsed;
  const place = (measure = true) => {
    const right = measure ? (article?.getBoundingClientRect().right ?? null) : null;
    const box = state
      ? { top: `calc(50vh - ${parseInt(TAB.height) / 2}px)`, right: '0', ...TAB }
      : { top: '0', right: '0', width: `${expandedWidth(window.innerWidth, right)}px`, height: '100vh' };
    const style: Record<string, string> = {
      all: 'initial', position: 'fixed', 'z-index': '2147483647', display: 'block', margin: '0', padding: '0',
      border: '0', transform: 'none', opacity: '1', visibility: 'visible', 'pointer-events': 'auto', ...box,
      'box-shadow': state ? 'none' : '-2px 0 12px rgba(0,0,0,.18)',
    };
    for (const [prop, value] of Object.entries(style)) host.style.setProperty(prop, value, 'important');
    host.dataset.state = state ? 'collapsed' : 'expanded';
  };
  // The frame starts loading once the host is in the page. The host goes in at the narrowest width and
  // the margin beside the article is measured just before the first frame that shows it: by then the
  // page's stylesheets apply (they hold its rendering, not DOMContentLoaded), and the layout the
  // measurement needs is the one that frame does anyway, not an extra one in this task (5-20 ms here).
  place(false);
  document.documentElement.append(host);
  raiseToTopLayer(host);
  let titleTimer: ReturnType<typeof setTimeout> | null = null;
  let frameRequest: number | null = requestAnimationFrame(() => {
    frameRequest = null;
    place();
    // The title is the first message the content script asks for, and the page's renderer fetches the
    // extension's messages with a synchronous round trip to the browser (4-17 ms measured here): asked
    // once this frame is painted, so the sidebar's first frame does not wait for it.
    titleTimer = setTimeout(() => (frame.title = t('frameTitle')));
  });
  // Resizing (or zooming) changes the free margin beside the article.
  const onResize = () => place();
  window.addEventListener('resize', onResize, { passive: true });
  return {
    get collapsed() {
      return state;
    },
    setCollapsed(next) {
      state = next;
      place();
    },
    remove() {
      if (frameRequest !== null) cancelAnimationFrame(frameRequest);
      if (titleTimer !== null) clearTimeout(titleTimer);
      window.removeEventListener('resize', onResize);
      host.remove();
    },
  };
}
