// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '../../src/background';
import { originsFor, parseSiteInput, siteKeyForUrl, readSiteSettings, settingsForUrl, setOpenMode, setSiteEnabled, canFrameSidebar, scriptIdFor } from '../../src/sites';
import { installFakeSiteApis, type FakeSiteApis } from './options-fake-apis';
import { CONTENT_SCRIPT } from '../../src/sites/script-files';

const ownPage = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') };

function deliver(message: unknown, sender: object = ownPage): Promise<{ ok: boolean; data?: unknown; error?: string }> {
  return new Promise((resolve) => void fakeBrowser.runtime.onMessage.trigger(message, sender, resolve));
}

describe('site input', () => {
  it.each([
    ['example.com', 'example.com'],
    ['  WWW.Example.COM ', 'example.com'],
    ['https://www.example.org/news/2024/a-story?x=1', 'example.org'],
    ['http://news.example.co.jp:8080/', 'news.example.co.jp'],
    ['example.com.', 'example.com'],
  ])('reads %j as %s', (input, host) => {
    expect(parseSiteInput(input)).toEqual({ ok: true, host });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['localhost', 'invalid'],
    ['not a site', 'invalid'],
    ['exa_mple.com', 'invalid'],
    ['127.0.0.1', 'invalid'],
    ['javascript:alert(1)', 'invalid'],
    ['-bad.com', 'invalid'],
  ])('refuses %j (%s)', (input, error) => {
    expect(parseSiteInput(input)).toEqual({ ok: false, error });
  });

  it('refuses a supported site and its subdomains, which need no permission', () => {
    expect(parseSiteInput('www.pinknews.co.uk')).toEqual({ ok: false, error: 'supported' });
    expect(parseSiteInput('https://edition.cnn.com/x')).toEqual({ ok: false, error: 'supported' });
  });

  it('asks for the host and its subdomains, nothing wider', () => {
    expect(originsFor('example.com')).toEqual(['*://example.com/*', '*://*.example.com/*']);
  });
});

describe('site keys and settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keys a supported page by its site’s first host and an added page by the added host', () => {
    expect(siteKeyForUrl('https://www.thepinknews.com/2017/07/05/a/', [])).toBe('pinknews.co.uk');
    expect(siteKeyForUrl('https://news.example.com/a', ['example.com'])).toBe('example.com');
    expect(siteKeyForUrl('https://notexample.com/a', ['example.com'])).toBeNull();
    expect(siteKeyForUrl('not a url', ['example.com'])).toBeNull();
  });

  it('runs everywhere until the reader switches a site off, and only there', async () => {
    const article = 'https://www.pinknews.co.uk/2017/07/05/a/';
    expect((await settingsForUrl(article)).enabled).toBe(true);
    await setSiteEnabled('pinknews.co.uk', false);
    expect((await settingsForUrl(article)).enabled).toBe(false);
    expect((await settingsForUrl('https://thepinknews.com/2017/07/05/a/')).enabled).toBe(false);
    expect((await settingsForUrl('https://www.bbc.co.uk/news/world-1')).enabled).toBe(true);
    await setSiteEnabled('pinknews.co.uk', true);
    expect((await settingsForUrl(article)).enabled).toBe(true);
  });

  it('opens automatically unless the site is set to open on click', async () => {
    expect((await settingsForUrl('https://www.bbc.co.uk/news/a')).openMode).toBe('auto');
    await setOpenMode('bbc.co.uk', 'click');
    expect((await settingsForUrl('https://www.bbc.co.uk/news/a')).openMode).toBe('click');
    expect((await settingsForUrl('https://www.cnn.com/a')).openMode).toBe('auto');
    expect(await browser.storage.local.get('sites.openMode')).toEqual({ 'sites.openMode': { 'bbc.co.uk': 'click' } });
  });

  it('ignores malformed stored values instead of failing', async () => {
    await fakeBrowser.storage.local.set({ 'sites.enabled': 'nonsense', 'sites.user': [42, 'example.com'] });
    expect(await readSiteSettings()).toEqual({ enabled: {}, openMode: {}, userHosts: ['example.com'] });
  });

  it('frames the in-page sidebar on added sites only where the manifest lets pages frame it', () => {
    expect(canFrameSidebar('https://www.pinknews.co.uk/2017/07/05/a/', 3)).toBe(true);
    expect(canFrameSidebar('https://example.com/a', 3)).toBe(false);
    expect(canFrameSidebar('https://example.com/a', 2)).toBe(true);
  });
});

describe('added sites through the background', () => {
  let apis: FakeSiteApis;
  beforeEach(() => {
    fakeBrowser.reset();
    apis = installFakeSiteApis();
    startBackground();
  });

  it('registers the manifest’s content script for a granted site, persistently, and lists it', async () => {
    apis.granted.add('*://example.com/*').add('*://*.example.com/*');
    expect(await deliver({ type: 'ui/addSite', payload: { host: 'example.com' } })).toEqual({ ok: true, data: ['example.com'] });
    expect(apis.scripts.get(scriptIdFor('example.com'))).toEqual({
      id: 'user-site:example.com',
      js: [CONTENT_SCRIPT],
      matches: ['*://example.com/*', '*://*.example.com/*'],
      runAt: 'document_idle',
      persistAcrossSessions: true,
    });
    expect((await readSiteSettings()).userHosts).toEqual(['example.com']);
    // Adding it again replaces the registration instead of failing on a duplicate id.
    expect(await deliver({ type: 'ui/addSite', payload: { host: 'example.com' } })).toEqual({ ok: true, data: ['example.com'] });
    expect(apis.scripts.size).toBe(1);
  });

  it('refuses a site whose permission was not granted, and registers nothing', async () => {
    const reply = await deliver({ type: 'ui/addSite', payload: { host: 'example.com' } });
    expect(reply).toEqual({ ok: false, error: 'Backstory may not read example.com: access was not granted' });
    expect(apis.scripts.size).toBe(0);
    expect((await readSiteSettings()).userHosts).toEqual([]);
  });

  it('refuses malformed hosts, supported sites and web pages', async () => {
    expect((await deliver({ type: 'ui/addSite', payload: { host: '*://*/*' } })).error).toMatch(/ui\/addSite: invalid payload at host/);
    expect(await deliver({ type: 'ui/addSite', payload: { host: 'bbc.co.uk' } })).toEqual({ ok: false, error: 'bbc.co.uk is already a supported site' });
    expect(await deliver({ type: 'ui/addSite', payload: { host: 'example.com' } }, { url: 'https://evil.example/' })).toEqual({ ok: false, error: 'sender is not this extension' });
    const fromTab = { id: fakeBrowser.runtime.id, url: 'https://example.com/a', tab: { id: 3 } };
    expect((await deliver({ type: 'ui/addSite', payload: { host: 'example.com' } }, fromTab)).error).toMatch(/may not be sent from a content context/);
  });

  it('removing a site unregisters it, gives the permission back and forgets its settings', async () => {
    apis.granted.add('*://example.com/*').add('*://*.example.com/*');
    await deliver({ type: 'ui/addSite', payload: { host: 'example.com' } });
    await setSiteEnabled('example.com', false);
    await setOpenMode('example.com', 'click');
    expect(await deliver({ type: 'ui/removeSite', payload: { host: 'example.com' } })).toEqual({ ok: true, data: [] });
    expect(apis.scripts.size).toBe(0);
    expect(apis.granted.size).toBe(0);
    expect(await readSiteSettings()).toEqual({ enabled: {}, openMode: {}, userHosts: [] });
  });

  it('listing the sites forgets one whose access was revoked in the browser’s own settings', async () => {
    apis.granted.add('*://example.com/*').add('*://*.example.com/*').add('*://example.org/*').add('*://*.example.org/*');
    await deliver({ type: 'ui/addSite', payload: { host: 'example.com' } });
    await deliver({ type: 'ui/addSite', payload: { host: 'example.org' } });
    apis.granted.delete('*://example.com/*');
    expect(await deliver({ type: 'ui/listSites', payload: {} })).toEqual({ ok: true, data: ['example.org'] });
    expect((await readSiteSettings()).userHosts).toEqual(['example.org']);
    expect([...apis.scripts.keys()]).toEqual([scriptIdFor('example.org')]);
  });

  it('on start, re-registers granted sites that lost their registration and drops revoked ones', async () => {
    apis.granted.add('*://kept.example/*').add('*://*.kept.example/*');
    await fakeBrowser.storage.local.set({ 'sites.user': ['kept.example', 'revoked.example'] });
    apis.scripts.set(scriptIdFor('revoked.example'), { id: scriptIdFor('revoked.example') });
    startBackground();
    await expect.poll(async () => (await readSiteSettings()).userHosts).toEqual(['kept.example']);
    expect([...apis.scripts.keys()]).toEqual([scriptIdFor('kept.example')]);
  });
});
