// @vitest-environment happy-dom
/**
 * The gate's watch (src/content/article-watch.ts): it loads the full content script once, as soon as
 * the address may be an article's: at once, or after a history navigation to such an address has
 * rendered its view (with the Navigation API, or by polling the address where there is none).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { articleUrlTable } from '../../src/article/gate';
import { loadWhenArticle } from '../../src/content/article-watch';

const sites = articleUrlTable([{ hosts: ['news.example'], articlePaths: ['^/\\d{4}/\\d{2}/\\d{2}/.+'] }]);
const ARTICLE = '/2024/03/05/harbour-council-approves-ferry-pier/';
const setUrl = (url: string) => (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
const g = globalThis as { navigation?: EventTarget };

/** What a single-page site does on a link: a new address, then the new view and its title. */
function navigateInPage(path: string, title: string, announce?: () => void) {
  announce?.();
  history.pushState({}, '', path);
  setTimeout(() => {
    document.title = title;
    document.body.innerHTML = `<main><h1>${title}</h1></main>`;
  }, 50);
}

beforeEach(() => {
  setUrl('https://www.news.example/world/');
  document.title = 'World news';
  document.head.innerHTML = '';
  document.body.innerHTML = '<main><h2>Latest</h2></main>';
});
afterEach(() => {
  vi.useRealTimers();
  delete g.navigation;
});

describe('loading the full content script', () => {
  it('loads at once on an article URL, and only once', async () => {
    setUrl(`https://www.news.example${ARTICLE}`);
    const load = vi.fn();
    loadWhenArticle(sites, load, () => true);
    expect(load).toHaveBeenCalledTimes(1);
    window.dispatchEvent(new Event('load'));
    await new Promise((r) => setTimeout(r, 1_200));
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('on a section front, loads nothing until a history navigation renders an article (address polled each second)', async () => {
    vi.useFakeTimers();
    const load = vi.fn();
    loadWhenArticle(sites, load, () => true);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(load).not.toHaveBeenCalled();
    navigateInPage(ARTICLE, 'Harbour council approves a ferry pier');
    await vi.advanceTimersByTimeAsync(900);
    expect(load).not.toHaveBeenCalled();
    // Seen at the next poll; loaded once the new view has been quiet for 250 ms.
    await vi.advanceTimersByTimeAsync(2_000);
    expect(load).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('with the Navigation API, listens for navigations instead of polling, and stops listening once loaded', async () => {
    vi.useFakeTimers();
    const navigation = new EventTarget();
    const remove = vi.spyOn(navigation, 'removeEventListener');
    g.navigation = navigation;
    const setInterval = vi.spyOn(globalThis, 'setInterval');
    const load = vi.fn();
    loadWhenArticle(sites, load, () => true);
    expect(setInterval).not.toHaveBeenCalled();
    navigateInPage(ARTICLE, 'Harbour council approves a ferry pier', () => navigation.dispatchEvent(new Event('navigate')));
    await vi.advanceTimersByTimeAsync(400);
    expect(load).toHaveBeenCalledTimes(1);
    expect(remove).toHaveBeenCalledWith('navigate', expect.any(Function));
  });

  it('a navigation to another page that is no article loads nothing', async () => {
    vi.useFakeTimers();
    const load = vi.fn();
    loadWhenArticle(sites, load, () => true);
    navigateInPage('/sport/', 'Sport');
    await vi.advanceTimersByTimeAsync(5_000);
    expect(load).not.toHaveBeenCalled();
  });

  it('reads the address alone: article JSON-LD outside the article URLs loads nothing, at no stage of loading', () => {
    Object.defineProperty(document, 'readyState', { value: 'loading', configurable: true });
    const load = vi.fn();
    const alive = vi.fn(() => true);
    loadWhenArticle(sites, load, alive);
    const ld = document.createElement('script');
    ld.type = 'application/ld+json';
    ld.textContent = JSON.stringify({ '@type': 'NewsArticle', headline: 'Ferry pier approved' });
    document.head.append(ld);
    Object.defineProperty(document, 'readyState', { value: 'interactive', configurable: true });
    document.dispatchEvent(new Event('DOMContentLoaded'));
    window.dispatchEvent(new Event('load'));
    expect(load).not.toHaveBeenCalled();
    // Nor does it ask whether the extension is still there (its first use of the extension API).
    expect(alive).not.toHaveBeenCalled();
    delete (document as { readyState?: string }).readyState;
  });

  it('an orphaned script (the extension was updated or removed) stops watching and loads nothing', async () => {
    vi.useFakeTimers();
    const load = vi.fn();
    let alive = true;
    loadWhenArticle(sites, load, () => alive);
    alive = false;
    navigateInPage(ARTICLE, 'Harbour council approves a ferry pier');
    await vi.advanceTimersByTimeAsync(3_000);
    expect(load).not.toHaveBeenCalled();
    // Watching stopped: a liveness answer that comes back later changes nothing.
    alive = true;
    navigateInPage('/2024/03/06/lifeboat-station-opens-crew-room/', 'Lifeboat station opens crew room');
    await vi.advanceTimersByTimeAsync(3_000);
    expect(load).not.toHaveBeenCalled();
  });
});
