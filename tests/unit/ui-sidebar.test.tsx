// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageContext } from '../../src/context/types';
import { App } from '../../src/ui/sidebar/App';
import { FEEDBACK_KEY } from '../../src/ui/sidebar/feedback';
import { sampleContext } from './ui-fixtures';
import { useLocale } from './ui-locale';

/** The background, as far as the side panel sees it: this tab's context, and page commands recorded. */
function answer(context: PageContext | null | Error) {
  const sent: { type: string; payload: unknown }[] = [];
  fakeBrowser.runtime.sendMessage = (async (msg: { type: string; payload: unknown }) => {
    sent.push(msg);
    if (msg.type === 'ui/getTabContext') return context instanceof Error ? { ok: false, error: context.message } : { ok: true, data: context };
    if (msg.type === 'ui/toPage') return { ok: true, data: true };
    return { ok: false, error: `unexpected ${msg.type}` };
  }) as typeof fakeBrowser.runtime.sendMessage;
  return sent;
}

beforeEach(async () => {
  fakeBrowser.reset();
  useLocale('en');
  // The fake browser has no windows: the side panel's active tab is tab 7.
  fakeBrowser.tabs.query = (async () => [{ id: 7 }]) as unknown as typeof fakeBrowser.tabs.query;
});
afterEach(cleanup);

describe('sidebar (side panel)', () => {
  test('shows loading, then the four sections with their cards', async () => {
    answer(sampleContext());
    render(<App />);
    expect(screen.getByRole('status').textContent).toMatch(/Looking up/);
    await screen.findByRole('heading', { name: /^Sources/ });
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual(['Sources 2', 'Claims 3', 'Reported differently 1', 'Related reports: Chechnya purge 2']);

    const sources = document.querySelectorAll('li.card.source');
    expect(within(sources[0] as HTMLElement).getByText('Russian independent newspaper.')).toBeTruthy();
    expect(sources[0]!.textContent).toMatch(/Country: Russia/);
    expect(sources[0]!.textContent).toMatch(/RSF/);
    expect(sources[0]!.textContent).toMatch(/Why this match: the article’s “Novaya Gazeta” is the name of Novaya Gazeta/);
    expect(sources[1]!.textContent).toMatch(/Not in your knowledge packs yet/);

    // Claims: the correction first (wrong text struck through), the checked quote, the figure; the unchecked statement is left out.
    const claims = [...document.querySelectorAll('#claims li.card')].map((c) => c.className);
    expect(claims).toEqual(['card correction', 'card quote', 'card figure']);
    expect(document.querySelector('.correction s')!.textContent).toBe('Russian Prime Minister Putin');
    expect(document.querySelector('.quote')!.textContent).toMatch(/— Chad Griffin.*False — Checker/);
    expect(document.querySelector('.figure .figure-value')!.textContent).toBe('at least 6');
    expect(document.querySelector('.discrepancy')!.textContent).toMatch(/at least 6.*Molina.*in this article.*3.*Novaya Gazeta.*report/);
  });

  test('says of a body the article only describes that it is unnamed, and quotes the description', async () => {
    const context = sampleContext();
    answer({
      ...context,
      sources: [
        ...context.sources,
        { name: 'Health ministry', kind: 'government', count: 2, forms: ['the health ministry'], role: null, firstSpan: null, entity: null, matchedBy: null, cited: true, describedAs: 'the health ministry' },
      ],
    });
    render(<App />);
    await screen.findByRole('heading', { name: /^Sources 3/ });
    const card = [...document.querySelectorAll('li.card.source')].find((c) => c.textContent!.includes('Health ministry'))!;
    expect(card.textContent).toMatch(/The article does not name this body; it calls it “the health ministry”/);
    expect(card.textContent).not.toMatch(/Not in your knowledge packs|also as/);
  });

  test('says of people the article only describes that it does not name them, a group or one person', async () => {
    const context = sampleContext();
    const described = { count: 1, role: null, firstSpan: null, entity: null, matchedBy: null, cited: true } as const;
    answer({
      ...context,
      sources: [
        ...context.sources,
        { ...described, name: 'Provincial officials', kind: 'government', forms: ['provincial officials'], describedAs: 'provincial officials', describes: 'people' },
        { ...described, name: 'Local official', kind: 'person', forms: ['a local official'], describedAs: 'a local official', describes: 'person' },
      ],
    });
    render(<App />);
    await screen.findByRole('heading', { name: /^Sources 4/ });
    const text = (name: string) => [...document.querySelectorAll('li.card.source')].find((c) => c.textContent!.includes(name))!.textContent;
    expect(text('Provincial officials')).toMatch(/The article does not name them; it calls them “provincial officials”/);
    expect(text('Local official')).toMatch(/The article does not name this person; it calls them “a local official”/);
  });

  test('follows the reader to another tab: the side panel shows the newly active tab\'s article', async () => {
    const sent = answer(sampleContext());
    render(<App />);
    await screen.findByRole('heading', { name: /^Sources/ });
    fakeBrowser.tabs.query = (async () => [{ id: 9 }]) as unknown as typeof fakeBrowser.tabs.query;
    const later = answer({ ...sampleContext(), article: { ...sampleContext().article, title: 'The other tab' } });
    await fakeBrowser.tabs.onActivated.trigger({ tabId: 9, windowId: 1 });
    await screen.findByText('The other tab');
    expect(sent.filter((m) => m.type === 'ui/getTabContext').map((m) => m.payload)).toEqual([{ tabId: 7 }]);
    expect(later.filter((m) => m.type === 'ui/getTabContext').map((m) => m.payload)).toEqual([{ tabId: 9 }]);
  });

  test('related reports link out over http(s) only, never javascript:', async () => {
    answer(sampleContext());
    render(<App />);
    await screen.findByText('Newer report');
    expect(screen.getByText('Newer report').closest('a')!.getAttribute('href')).toBe('https://a.example/new');
    expect(screen.getByText('Older report').closest('a')).toBeNull();
  });

  test('a card title asks the page to reveal its first mention', async () => {
    const sent = answer(sampleContext());
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Mystery Group' }));
    await waitFor(() => expect(sent.some((m) => m.type === 'ui/toPage')).toBe(true));
    expect(sent.find((m) => m.type === 'ui/toPage')!.payload).toEqual({ tabId: 7, command: { kind: 'reveal', id: 'source:Mystery Group' } });
    expect(document.querySelector('li.card.active')!.getAttribute('data-card')).toBe('source:Mystery Group');
  });

  test('feedback stays local and is acknowledged', async () => {
    const sent = answer(sampleContext());
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Not a news article?' }));
    await screen.findByText('Noted on this computer. Nothing was sent.');
    fireEvent.click(screen.getByRole('button', { name: 'Wrong match?' }));
    await waitFor(() => expect(screen.getAllByText('Noted on this computer. Nothing was sent.')).toHaveLength(2));
    const notes = (await fakeBrowser.storage.local.get(FEEDBACK_KEY))[FEEDBACK_KEY] as { kind: string; target: string | null }[];
    expect(notes.map((n) => [n.kind, n.target])).toEqual([['not-article', null], ['wrong-match', 'source:Novaya Gazeta']]);
    expect(sent.every((m) => m.type === 'ui/getTabContext')).toBe(true);
  });

  test('empty, nothing-found and error states', async () => {
    answer(null);
    const { unmount } = render(<App />);
    await screen.findByText('No news article recognised on this tab.');
    unmount();

    answer({ ...sampleContext(), sources: [], claims: [], corrections: [], discrepancies: [], related: [] });
    const second = render(<App />);
    await screen.findByText(/found no named sources/);
    second.unmount();

    const sent = answer(new Error('database closed'));
    render(<App />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/could not load.*database closed/);
    answer(sampleContext());
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByRole('heading', { name: /^Sources/ });
    expect(sent.length).toBeGreaterThan(0);
  });

  test('lists the names the article only mentions on one line, not as cards', async () => {
    const context = sampleContext();
    const named = (name: string, cited = false) => ({
      name, kind: 'other' as const, count: 1, forms: [name], role: null, firstSpan: { start: 200, end: 210 }, entity: null, matchedBy: null, cited,
    });
    context.sources.push(named('Red Kites'), named('Quill Weekly Hour'), named('Ana Ruiz', true), named('Molina', true), named('Tropical Storm Varn'));
    answer(context);
    render(<App />);
    await screen.findByRole('heading', { name: /^Sources/ });
    const titles = [...document.querySelectorAll('li.card.source .card-title')].map((e) => e.textContent);
    expect(titles).toEqual(['Novaya Gazeta', 'Mystery Group', 'Ana Ruiz', 'Molina']);
    expect(screen.getByRole('heading', { name: /^Sources/ }).textContent).toBe('Sources 4');
    expect(screen.getByRole('heading', { name: /^Named, not cited/ }).textContent).toBe('Named, not cited 3');
    expect(document.querySelector('#named .also-named')!.textContent).toBe('Red Kites, Quill Weekly Hour, Tropical Storm Varn');
  });

  test('shows a known name the article only mentions as a card under "Named, not cited", above the names the packs do not know', async () => {
    const context = sampleContext();
    const novaya = context.sources[0]!;
    context.sources.push({ ...novaya, name: 'Kelmor Front', forms: ['Kelmor Front'], firstSpan: { start: 300, end: 312 }, entity: { ...novaya.entity!, id: 'front', name: 'Kelmor Front', kind: 'organization' }, cited: false });
    context.sources.push({ ...context.sources[1]!, name: 'Red Kites', forms: ['Red Kites'], cited: false });
    answer(context);
    render(<App />);
    const sources = await screen.findByRole('heading', { name: /^Sources/ });
    expect(sources.textContent).toBe('Sources 2');
    const named = screen.getByRole('heading', { name: /^Named, not cited/ });
    expect(named.textContent).toBe('Named, not cited 2');
    const titles = (id: string) => [...document.querySelectorAll(`#${id} li.card.source .card-title`)].map((e) => e.textContent);
    expect(titles('sources')).toEqual(['Novaya Gazeta', 'Mystery Group']);
    expect(titles('named')).toEqual(['Kelmor Front']);
    expect(document.querySelector('#named .also-named')!.textContent).toBe('Not in your packs: Red Kites');
  });

  test('shows a score as written, not as the winner\'s goals', async () => {
    const context = sampleContext();
    context.claims.push({
      kind: 'figure', text: 'won 3-0 at home', attributedTo: null, reportedBy: null, span: { start: 300, end: 315 }, reviews: [],
      figures: [{ value: 3, comparator: '=', upTo: null, change: null, unit: 'score', about: null, phrase: '3-0', span: { start: 304, end: 307 } }],
    });
    answer(context);
    render(<App />);
    await screen.findByRole('heading', { name: /^Claims/ });
    const values = [...document.querySelectorAll('.figure')].map((c) => c.querySelector('.card-title')!.textContent);
    expect(values).toContain('3-0 score');
  });

  test('renders page text as text, never as HTML', async () => {
    const context = sampleContext();
    context.sources[1]!.name = '<img src=x onerror=alert(1)>';
    answer(context);
    render(<App />);
    await screen.findByText('<img src=x onerror=alert(1)>');
    expect(document.querySelector('img')).toBeNull();
  });
});

describe('sidebar in German', () => {
  test('follows the browser language', async () => {
    useLocale('de');
    answer(sampleContext());
    render(<App />);
    await screen.findByRole('heading', { name: /^Quellen/ });
    expect(screen.getByRole('heading', { name: /^Aussagen/ })).toBeTruthy();
    expect(document.querySelector('.figure .figure-value')!.textContent).toBe('mindestens 6');
  });
});
