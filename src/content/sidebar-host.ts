import { browser } from 'wxt/browser';
import { isCollapsed, onCollapsedChange } from './sidebar-state';

export const HOST_TAG = 'backstory-sidebar';
const EXPANDED = { top: '0', right: '0', width: '380px', height: '100vh' };
const COLLAPSED = { top: 'calc(50vh - 90px)', right: '0', width: '48px', height: '180px' };

/**
 * Puts the sidebar page in the article page: a fixed host element with a closed shadow root holding
 * an iframe of the extension's sidebar page. The frame has the extension's origin, so the page's CSS
 * and scripts cannot reach into it; inline !important styles keep page CSS off the host itself.
 */
export async function mountSidebar(): Promise<{ remove(): void }> {
  const host = document.createElement(HOST_TAG);
  const shadow = host.attachShadow({ mode: 'closed' });
  const frame = document.createElement('iframe');
  frame.src = browser.runtime.getURL('/sidepanel.html');
  frame.title = 'Backstory: sources and claims of this article';
  frame.setAttribute('allowtransparency', 'true');
  for (const [prop, value] of Object.entries({ border: '0', width: '100%', height: '100%', display: 'block', background: 'transparent', 'color-scheme': 'normal' })) {
    frame.style.setProperty(prop, value, 'important');
  }
  shadow.append(frame);

  const place = (collapsed: boolean) => {
    const box = collapsed ? COLLAPSED : EXPANDED;
    const style: Record<string, string> = {
      all: 'initial', position: 'fixed', 'z-index': '2147483647', display: 'block', margin: '0', padding: '0',
      border: '0', transform: 'none', opacity: '1', visibility: 'visible', 'pointer-events': 'auto', ...box,
      'box-shadow': collapsed ? 'none' : '-2px 0 12px rgba(0,0,0,.18)',
    };
    for (const [prop, value] of Object.entries(style)) host.style.setProperty(prop, value, 'important');
    host.dataset.state = collapsed ? 'collapsed' : 'expanded';
  };
  place(await isCollapsed());
  const stop = onCollapsedChange(place);
  document.documentElement.append(host);
  return {
    remove() {
      stop();
      host.remove();
    },
  };
}
