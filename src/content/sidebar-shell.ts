import themeCss from '../ui/shared/theme.css?inline';
import sidebarCss from '../ui/sidebar/sidebar.css?inline';

/**
 * The sidebar's frame takes about 100 ms from its creation to its first paint, nearly all of it
 * Chromium's (navigating the frame, committing it in the extension's process, compositing it into the
 * article). Until then the host shows the sidebar's outline, under the frame: the panel or the tab,
 * with the bar and grey lines where the loading text will be, laid out by the sidebar's own styles so
 * the frame covers it exactly when it paints. It has no text, so the page's renderer has no font to
 * look up for it (that cost the article's thread 10-20 ms in a trace). It is inert and hidden from
 * assistive technology, which meets the frame alone.
 */
const SHELL_SHEET = `${themeCss}
${sidebarCss}
.shell { position: absolute; inset: 0; pointer-events: none; background: none; }
.shell > .tab { position: absolute; inset: 0; }
.line { display: block; height: 1.45em; padding-top: .43em; }
.line::before { content: ''; display: block; width: var(--width); height: .6em; border-radius: 3px; background: var(--line); }
:host([data-state='collapsed']) .shell > .sidebar, :host([data-state='expanded']) .shell > .tab { display: none; }`;

function box(className: string, ...children: HTMLElement[]): HTMLElement {
  const el = document.createElement('div');
  el.className = className;
  el.append(...children);
  return el;
}

function line(width: string): HTMLElement {
  const el = box('line');
  el.style.setProperty('--width', width);
  return el;
}

/** The shell's stylesheet and its element, to go in the host's shadow root before the frame. */
export function sidebarShell(): { sheet: string; shell: HTMLElement } {
  const panel = box(
    'sidebar',
    box('bar', box('brand', box('tab-logo'), line('72px')), box('collapse')),
    box('state', line('60%')),
    box('privacy', line('90%'), line('45%')),
  );
  const shell = box('shell', panel, box('tab', box('tab-logo')));
  shell.setAttribute('aria-hidden', 'true');
  shell.inert = true;
  return { sheet: SHELL_SHEET, shell };
}
