import { browser } from 'wxt/browser';
import { t } from '../ui/shared/i18n';
import { expandedWidth } from './panel-geometry';

export const HOST_TAG = 'backstory-sidebar';
const TAB = { width: '48px', height: '200px' };

export interface SidebarHost {
  setCollapsed(collapsed: boolean): void;
  readonly collapsed: boolean;
  remove(): void;
}

/**
 * Puts the sidebar page in the article page: a fixed host element with a closed shadow root holding
 * an iframe of the extension's sidebar page. The frame has the extension's origin, so the page's CSS
 * and scripts cannot reach into it; inline !important styles keep page CSS off the host itself.
 * The frame learns its first state from its URL; later changes reach it through the background.
 */
export function mountSidebar({ collapsed, article }: { collapsed: boolean; article: Element | null }): SidebarHost {
  const host = document.createElement(HOST_TAG);
  const shadow = host.attachShadow({ mode: 'closed' });
  const frame = document.createElement('iframe');
  frame.src = browser.runtime.getURL(`/sidepanel.html${collapsed ? '?collapsed=1' : ''}`);
  frame.title = t('frameTitle');
  frame.setAttribute('allowtransparency', 'true');
  for (const [prop, value] of Object.entries({ border: '0', width: '100%', height: '100%', display: 'block', background: 'transparent', 'color-scheme': 'normal' })) {
    frame.style.setProperty(prop, value, 'important');
  }
  shadow.append(frame);

  let state = collapsed;
  const place = () => {
    const right = article?.getBoundingClientRect().right ?? null;
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
  place();
  // Resizing (or zooming) changes the free margin beside the article.
  const onResize = () => place();
  window.addEventListener('resize', onResize, { passive: true });
  document.documentElement.append(host);
  return {
    get collapsed() {
      return state;
    },
    setCollapsed(next) {
      state = next;
      place();
    },
    remove() {
      window.removeEventListener('resize', onResize);
      host.remove();
    },
  };
}
