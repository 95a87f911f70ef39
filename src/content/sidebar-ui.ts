import { send } from '../messaging/client';
import type { OpenMode } from '../sites';
import { showHighlights, type Highlights } from './highlights';
import { marksOf } from './marks';
import { onPageCommand } from './page-commands';
import { mountSidebar } from './sidebar-host';
import { mapArticleText } from './text-map';

export interface SidebarUi {
  /** Highlights the sources and claims of the article's context once the background has it. */
  highlight(articleText: string): Promise<void>;
  /** Removes the sidebar, the highlights and the listeners. */
  remove(): void;
}

/**
 * Everything Backstory shows in an article page: the sidebar (expanded or as a tab, per the site's
 * open mode), at once, then the highlights of sources and claims once the background has the context,
 * and the links between them: a card reveals its first mention, a click on a highlight opens its card.
 */
export function showSidebarUi(article: Element | null, mode: OpenMode): SidebarUi {
  const sidebar = mountSidebar({ collapsed: mode === 'click', article });
  let highlights: Highlights | null = null;
  let removed = false;

  const tellSidebar = (event: Parameters<typeof send<'content/toSidebar'>>[1]) => send('content/toSidebar', event).catch(() => {});
  const stopCommands = onPageCommand((command) => {
    if (command.kind === 'reveal') highlights?.reveal(command.id);
    else if (command.collapsed !== sidebar.collapsed) {
      sidebar.setCollapsed(command.collapsed);
      void tellSidebar({ kind: 'collapsed', collapsed: command.collapsed });
    }
  });
  // A click on a highlighted mention opens its card; the page's own click handling goes on untouched.
  const onClick = (e: MouseEvent) => {
    if (e.button !== 0 || !highlights || window.getSelection()?.isCollapsed === false) return;
    const id = highlights.idAt(e.clientX, e.clientY);
    if (!id) return;
    sidebar.setCollapsed(false);
    void tellSidebar({ kind: 'open', id });
  };
  document.addEventListener('click', onClick, { passive: true });

  return {
    async highlight(articleText) {
      const context = article ? await send('content/getContext', {}).catch(() => null) : null;
      if (context && article && !removed) highlights = showHighlights(mapArticleText(article, articleText), marksOf(context, articleText));
    },
    remove() {
      removed = true;
      stopCommands();
      document.removeEventListener('click', onClick);
      highlights?.stop();
      sidebar.remove();
    },
  };
}
