// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { SearchResults } from '../../src/cache/search';
import type { PageContext } from '../../src/context/types';
import { App } from '../../src/ui/popup/App';
import { sampleContext } from './ui-fixtures';
import { useLocale } from './ui-locale';

const results: SearchResults = {
  query: 'nov',
  entities: [{ id: 'novaya', name: 'Novaya Gazeta', kind: 'outlet', description: 'Russian independent newspaper.', source: 'https://en.wikipedia.org/wiki/Novaya_Gazeta' }],
  claims: [{ id: 'c1', text: 'No gay men live in Chechnya', claimant: 'Alvi Karimov', verdict: 'False', publisher: 'Checker', url: 'https://check.example/1' }],
  reports: [{ id: 'r1', title: 'Novaya Gazeta reports detentions', url: 'https://novayagazeta.ru/x', publishedAt: '2017-04-01', outletName: 'Novaya Gazeta' }],
  total: 3,
  corrected: [],
};

/** Answers the popup's messages; `read` is what reading the tab's page gives (see 'ui/readTab'). */
function answer(context: PageContext | null, read?: { loaded: boolean; context: PageContext | null } | 'refused') {
  const sent: { type: string; payload: unknown }[] = [];
  let current = context;
  fakeBrowser.runtime.sendMessage = (async (msg: { type: string; payload: { query?: string } }) => {
    sent.push(msg);
    if (msg.type === 'ui/getTabContext') return { ok: true, data: current };
    if (msg.type === 'ui/readTab') {
      if (read === undefined || read === 'refused') return { ok: false, error: 'Cannot access contents of the page.' };
      current = read.context;
      return { ok: true, data: read.loaded };
    }
    if (msg.type === 'ui/search') return { ok: true, data: msg.payload.query === 'zzz' ? { ...results, query: 'zzz', entities: [], claims: [], reports: [], total: 0 } : results };
    if (msg.type === 'ui/toPage') return { ok: true, data: true };
    return { ok: false, error: 'unexpected' };
  }) as typeof fakeBrowser.runtime.sendMessage;
  return sent;
}

beforeEach(() => {
  fakeBrowser.reset();
  useLocale('en');
  fakeBrowser.tabs.query = (async () => [{ id: 3 }]) as unknown as typeof fakeBrowser.tabs.query;
});
afterEach(cleanup);

describe('popup', () => {
  test('summarises the tab and opens its in-page sidebar', async () => {
    const sent = answer(sampleContext());
    render(<App />);
    await screen.findByRole('heading', { name: 'Chechnya renews its crackdown' });
    expect(document.querySelector('.summary .meta')!.textContent).toBe('2 sources · 2 claims checked · 1 quote');
    fireEvent.click(screen.getByRole('button', { name: 'Show the sidebar' }));
    await waitFor(() => expect(sent.find((m) => m.type === 'ui/toPage')?.payload).toEqual({ tabId: 3, command: { kind: 'setCollapsed', collapsed: false } }));
  });

  test('no article on the tab', async () => {
    answer(null);
    render(<App />);
    await screen.findByText('No news article recognised on this tab.');
  });

  test('"Read this page" on a tab without an article: the page read is summarised', async () => {
    const sent = answer(null, { loaded: true, context: sampleContext() });
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Read this page' }));
    await screen.findByRole('heading', { name: 'Chechnya renews its crackdown' });
    expect(sent.find((m) => m.type === 'ui/readTab')?.payload).toEqual({ tabId: 3 });
    expect(screen.queryByRole('button', { name: 'Read this page' })).toBeNull();
  });

  test('"Read this page" says so when the page is no article, or was read already', async () => {
    answer(null, { loaded: true, context: null });
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Read this page' }));
    await screen.findByText('Backstory read this page and found no news article in it.');
    cleanup();
    const sent = answer(null, { loaded: false, context: null });
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Read this page' }));
    await screen.findByText('Backstory read this page and found no news article in it.');
    // Already read: nothing new to wait for.
    expect(sent.filter((m) => m.type === 'ui/getTabContext')).toHaveLength(1);
  });

  test('no "Read this page" on a site the reader switched off: the popup says where to switch it on', async () => {
    const sent = answer(null, { loaded: true, context: sampleContext() });
    fakeBrowser.tabs.query = (async () => [{ id: 3, url: 'https://www.pinknews.co.uk/some-story-moved/' }]) as unknown as typeof fakeBrowser.tabs.query;
    await fakeBrowser.storage.local.set({ 'sites.enabled': { 'pinknews.co.uk': false } });
    render(<App />);
    await screen.findByText('Backstory is switched off on this site. Switch it on in the options to read its pages.');
    expect(screen.queryByRole('button', { name: 'Read this page' })).toBeNull();
    expect(sent.some((m) => m.type === 'ui/readTab')).toBe(false);
  });

  test('"Read this page" on a page the browser keeps extensions out of', async () => {
    answer(null, 'refused');
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Read this page' }));
    await screen.findByText('The browser does not let extensions read this page.');
  });

  test('search box focused; grouped results with a count; arrows, Enter, Escape', async () => {
    answer(null);
    render(<App />);
    const box = screen.getByRole('searchbox', { name: 'Search sources, fact-checks and reports' });
    expect(document.activeElement).toBe(box);
    fireEvent.input(box, { target: { value: 'nov' } });
    await screen.findByText('3 results');
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Sources', 'Fact-checks', 'Reports']);

    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(document.activeElement!.textContent).toMatch(/Novaya Gazeta/);
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement!.textContent).toMatch(/No gay men live in Chechnya/);
    fireEvent.click(document.activeElement!);
    const title = await screen.findByRole('heading', { name: /No gay men live in Chechnya/ });
    expect(document.activeElement).toBe(title);
    expect(screen.getByRole('link', { name: 'Checker' }).getAttribute('href')).toBe('https://check.example/1');

    fireEvent.keyDown(title, { key: 'Escape' });
    await waitFor(() => expect(document.activeElement!.getAttribute('data-index')).toBe('1'));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(box);
  });

  test('no results', async () => {
    answer(null);
    render(<App />);
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'zzz' } });
    await screen.findByText('Nothing in your packs matches “zzz”.');
  });
});
