// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sidebarShell } from '../../src/content/sidebar-shell';
import { App } from '../../src/ui/sidebar/App';
import { Tab } from '../../src/ui/sidebar/Tab';
import { useLocale } from './ui-locale';

beforeEach(() => {
  fakeBrowser.reset();
  useLocale('en');
  fakeBrowser.tabs.query = (async () => [{ id: 7 }]) as unknown as typeof fakeBrowser.tabs.query;
  // The sidebar stays in its loading state: the background never answers.
  fakeBrowser.runtime.sendMessage = (() => new Promise(() => {})) as typeof fakeBrowser.runtime.sendMessage;
});
afterEach(cleanup);

/** The class path of each element under `root`, in document order: what the shared styles lay out. */
const classPaths = (root: Element) =>
  [...root.querySelectorAll('*')].map((el) => {
    const path: string[] = [];
    for (let n: Element | null = el; n && n !== root; n = n.parentElement) path.unshift(n.classList[0] ?? n.tagName.toLowerCase());
    return path.join(' > ');
  });

describe('the sidebar shell in the article page', () => {
  test('has no text, is inert and hidden from assistive technology', () => {
    const { shell } = sidebarShell();
    expect(shell.textContent).toBe('');
    expect(shell.getAttribute('aria-hidden')).toBe('true');
    expect(shell.inert).toBe(true);
  });

  test('has the boxes of the loading sidebar and of the tab, so the shared styles lay both out alike', () => {
    const { shell } = sidebarShell();
    const [panel, tab] = [...shell.children];
    const { container } = render(<App />);
    const loading = container.querySelector('main.sidebar')!;
    // The frame's loading state, its text aside: the bar with the logo, the status line, the privacy footer.
    const frameBoxes = classPaths(loading).filter((p) => /^(bar( > brand( > tab-logo)?)?|state|privacy)$/.test(p));
    expect(frameBoxes).toEqual(['bar', 'bar > brand', 'bar > brand > tab-logo', 'state', 'privacy']);
    expect(panel!.className).toBe('sidebar');
    expect(classPaths(panel!).filter((p) => !p.endsWith('line'))).toEqual(frameBoxes.slice(0, 3).concat('bar > collapse', 'state', 'privacy'));

    cleanup();
    const tabView = render(<Tab text="Backstory" onOpen={() => {}} focus={false} />).container.querySelector('.tab')!;
    expect(tab!.className).toBe('tab');
    expect(classPaths(tab!)).toEqual(classPaths(tabView).filter((p) => p === 'tab-logo'));
  });

  test('its styles carry the theme into the shadow root and show only the host\u2019s current state', () => {
    const { sheet } = sidebarShell();
    expect(sheet).toMatch(/:host\b[^{]*\{[^}]*--bg:/);
    expect(sheet).toMatch(/\.bar\s*\{/);
    expect(sheet).toContain(":host([data-state='collapsed']) .shell > .sidebar, :host([data-state='expanded']) .shell > .tab { display: none; }");
  });
});
