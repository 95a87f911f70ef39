// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '../../src/background';
import { siteAdapters } from '../../src/article/sites';
import { readSiteSettings } from '../../src/sites';
import { App } from '../../src/ui/options/App';
import { englishMessage, installFakeSiteApis, type FakeSiteApis } from './options-fake-apis';
import { brokenPack, brokenPackErrors, smallPack } from './options-packs';

// The options page talks to the real background (with fake-indexeddb), as its own extension page.
const ownPage = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') };
// The "bundled starter pack" is the small test pack under the starter's id, to keep installs fast.
const starter = {
  ...smallPack,
  pack: { ...smallPack.pack, id: 'backstory-starter', name: 'Starter (test)' },
  entities: smallPack.entities.map((e) => ({ ...e, id: 'outlet:reuters-starter' })),
};

let apis: FakeSiteApis;

beforeEach(async () => {
  fakeBrowser.reset();
  apis = installFakeSiteApis();
  vi.stubGlobal('fetch', async () => new Response(JSON.stringify(starter)));
  (fakeBrowser.runtime as any).sendMessage = (message: unknown) =>
    new Promise((resolve) => void fakeBrowser.runtime.onMessage.trigger(message, ownPage, resolve));
  startBackground();
  // Each test starts from an empty database with only the starter pack, through the background's own reset.
  expect(await fakeBrowser.runtime.sendMessage({ type: 'ui/resetData', payload: {} })).toEqual({ ok: true, data: null });
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const packFile = (name: string, data: unknown) => new File([JSON.stringify(data)], name, { type: 'application/json' });
function pickFile(file: File) {
  const input = screen.getByLabelText(englishMessage('options_import')) as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('options page: sites', () => {
  it('lists every supported site with an on/off switch and an opening choice', async () => {
    render(<App />);
    for (const a of siteAdapters) {
      const box = (await screen.findByLabelText(`Run Backstory on ${a.name}`)) as HTMLInputElement;
      expect(box.checked).toBe(true);
      expect((screen.getByLabelText(`How the sidebar opens on ${a.name}`) as HTMLSelectElement).value).toBe('auto');
    }
  });

  it('switching a site off and choosing "only on click" are stored under the site key the content script reads', async () => {
    render(<App />);
    fireEvent.click(await screen.findByLabelText('Run Backstory on PinkNews'));
    await waitFor(async () => expect((await readSiteSettings()).enabled).toEqual({ 'pinknews.co.uk': false }));
    expect((screen.getByLabelText('Run Backstory on PinkNews') as HTMLInputElement).checked).toBe(false);
    // While a site is off, how its sidebar opens does not apply.
    expect((screen.getByLabelText('How the sidebar opens on PinkNews') as HTMLSelectElement).disabled).toBe(true);

    fireEvent.change(screen.getByLabelText('How the sidebar opens on BBC News'), { target: { value: 'click' } });
    await waitFor(async () => expect((await readSiteSettings()).openMode).toEqual({ 'bbc.co.uk': 'click' }));
    expect((screen.getByLabelText('How the sidebar opens on BBC News') as HTMLSelectElement).value).toBe('click');
  });

  it('adding a site asks for exactly its origins at the click, then lists it and registers its script', async () => {
    render(<App />);
    const input = await screen.findByLabelText('Add a news site');
    fireEvent.input(input, { target: { value: 'https://www.example.com/news/1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add site' }));
    // Called synchronously inside the click, before anything was awaited (else the browser refuses to prompt).
    expect(apis.request).toHaveBeenCalledTimes(1);
    expect(apis.request).toHaveBeenCalledWith({ origins: ['*://example.com/*', '*://*.example.com/*'] });
    expect(await screen.findByText(/^Added example\.com\./)).toBeTruthy();
    expect(await screen.findByLabelText('Run Backstory on example.com')).toBeTruthy();
    expect([...apis.scripts.keys()]).toEqual(['user-site:example.com']);
  });

  it('a declined permission prompt adds nothing and says so', async () => {
    apis.answer.grant = false;
    render(<App />);
    fireEvent.input(await screen.findByLabelText('Add a news site'), { target: { value: 'example.org' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add site' }));
    expect(await screen.findByText('Access to example.org was not granted, so the site was not added.')).toBeTruthy();
    expect(apis.scripts.size).toBe(0);
    expect(screen.getByText('You have not added any site.')).toBeTruthy();
  });

  it('bad input never reaches the permission prompt', async () => {
    render(<App />);
    const input = await screen.findByLabelText('Add a news site');
    for (const [value, message] of [
      ['', "Type the site's address, for example example.com."],
      ['not a site', '“not a site” is not a site address.'],
      ['www.bbc.co.uk', 'www.bbc.co.uk is already supported: see the list above.'],
    ]) {
      fireEvent.input(input, { target: { value } });
      fireEvent.click(screen.getByRole('button', { name: 'Add site' }));
      expect(await screen.findByText(message!)).toBeTruthy();
    }
    expect(apis.request).not.toHaveBeenCalled();
  });

  it('removing an added site asks first, then unregisters it and gives its access back', async () => {
    apis.granted.add('*://example.net/*').add('*://*.example.net/*');
    await fakeBrowser.runtime.sendMessage({ type: 'ui/addSite', payload: { host: 'example.net' } });
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Remove example.net' }));
    const ask = screen.getByRole('group', { name: 'Stop running on example.net and give back access to it?' });
    expect(document.activeElement).toBe(within(ask).getByRole('button', { name: 'Cancel' }));
    fireEvent.click(within(ask).getByRole('button', { name: 'Yes, remove' }));
    expect(await screen.findByText('You have not added any site.')).toBeTruthy();
    expect(apis.scripts.size).toBe(0);
    expect(apis.granted.size).toBe(0);
  });
});

describe('options page: packs', () => {
  it('lists installed packs with their counts', async () => {
    render(<App />);
    const card = (await screen.findByRole('heading', { name: 'Starter (test)' })).closest('li')!;
    expect(within(card).getByText('Sources: 1 · fact-checks: 0 · corrections: 0 · reports: 0 · stories: 0')).toBeTruthy();
    expect(within(card).getByText('Version 1.2.0 · Backstory tests · CC0-1.0')).toBeTruthy();
  });

  it('imports a valid pack file and lists it', async () => {
    render(<App />);
    await screen.findByRole('heading', { name: 'Starter (test)' });
    pickFile(packFile('small.json', smallPack));
    expect(await screen.findByText('Installed Options test pack 1.2.0.')).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'Options test pack' })).toBeTruthy();
  });

  it('an invalid pack file shows each error with its record and field, and installs nothing', async () => {
    render(<App />);
    await screen.findByRole('heading', { name: 'Starter (test)' });
    pickFile(packFile('broken.json', brokenPack));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('broken.json was not imported. Nothing was changed.')).toBeTruthy();
    const lines = within(alert).getAllByRole('listitem').map((li) => li.textContent ?? '');
    for (const pattern of brokenPackErrors) expect(lines.some((l) => pattern.test(l)), JSON.stringify(lines)).toBe(true);
    expect(screen.queryByRole('heading', { name: 'Options test pack' })).toBeNull();
  });

  it('a file that is not JSON gets a clear error', async () => {
    render(<App />);
    await screen.findByRole('heading', { name: 'Starter (test)' });
    pickFile(new File(['{ not json'], 'notes.json'));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText(/^pack: not valid JSON/)).toBeTruthy();
  });

  it('exports a pack as a JSON file in the pack format', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => (blobs.push(b as Blob), 'blob:test'));
    const clicks: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Export Starter (test)' }));
    await waitFor(() => expect(clicks).toEqual(['backstory-starter-1.2.0.json']));
    const exported = JSON.parse(await blobs[0]!.text());
    expect(exported.pack).toMatchObject({ id: 'backstory-starter', version: '1.2.0' });
    expect(exported.entities.map((e: { id: string }) => e.id)).toEqual(['outlet:reuters-starter']);
  });

  it('removing a pack asks first; cancel keeps it, confirm removes it', async () => {
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Remove Starter (test)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Remove Starter (test)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove Starter (test)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, remove' }));
    expect(await screen.findByText('No pack is installed: Backstory has nothing to show.')).toBeTruthy();
  });
});

describe('options page: privacy and reset', () => {
  it('states what is stored where and that nothing is sent', async () => {
    render(<App />);
    const privacy = screen.getByRole('region', { name: 'Privacy' });
    expect(privacy.textContent).toMatch(/IndexedDB/);
    expect(privacy.textContent).toMatch(/session storage/);
    expect(privacy.textContent).toMatch(/local storage/);
    expect(privacy.textContent).toMatch(/Nothing is sent anywhere/);
  });

  it('reset asks first, then deletes packs, settings and added sites and reinstalls the starter pack', async () => {
    apis.granted.add('*://example.net/*').add('*://*.example.net/*');
    await fakeBrowser.runtime.sendMessage({ type: 'ui/addSite', payload: { host: 'example.net' } });
    render(<App />);
    await screen.findByRole('heading', { name: 'Starter (test)' });
    pickFile(packFile('small.json', smallPack));
    await screen.findByRole('heading', { name: 'Options test pack' });
    fireEvent.click(screen.getByLabelText('Run Backstory on CNN'));
    await waitFor(async () => expect((await readSiteSettings()).enabled).toEqual({ 'cnn.com': false }));

    fireEvent.click(screen.getByRole('button', { name: 'Reset all data…' }));
    expect(screen.getByText('Delete all Backstory data in this browser?')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete everything' }));
    expect(await screen.findByText('All data was reset; the starter pack is installed again.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Options test pack' })).toBeNull());
    expect(await screen.findByRole('heading', { name: 'Starter (test)' })).toBeTruthy();
    expect(await readSiteSettings()).toEqual({ enabled: {}, openMode: {}, userHosts: [] });
    expect((screen.getByLabelText('Run Backstory on CNN') as HTMLInputElement).checked).toBe(true);
    expect(apis.scripts.size).toBe(0);
    expect(apis.granted.size).toBe(0);
  });
});
