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

function answer(context: PageContext | null) {
  const sent: { type: string; payload: unknown }[] = [];
  fakeBrowser.runtime.sendMessage = (async (msg: { type: string; payload: { query?: string } }) => {
    sent.push(msg);
    if (msg.type === 'ui/getTabContext') return { ok: true, data: context };
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
