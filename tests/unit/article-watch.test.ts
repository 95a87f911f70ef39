// @vitest-environment happy-dom
/**
 * The gate's watch (src/content/article-watch.ts): it loads the full content script once, as soon as
 * the address may be an article's: at once, or after a history navigation to such an address (with
 * the Navigation API, or by polling the address where there is none), handing on the title of the view
 * navigated from so that the full script can wait for the new one.
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
  document.head.innerHTML = '';
  document.title = 'World news';
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
    loadWhenArticle(sites, load);
    expect(load).toHaveBeenCalledExactlyOnceWith(null);
    history.pushState({}, '', '/2024/03/06/lifeboat-station-opens-crew-room/');
    await new Promise((r) => setTimeout(r, 1_200));
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('on a section front, loads nothing until a history navigation reaches an article address (address polled each second)', async () => {
    vi.useFakeTimers();
    const load = vi.fn();
    loadWhenArticle(sites, load);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(load).not.toHaveBeenCalled();
    navigateInPage(ARTICLE, 'Harbour council approves a ferry pier');
    // Seen at the next poll, with the title of the view the reader came from (the new one may not be there yet).
    await vi.advanceTimersByTimeAsync(1_100);
    expect(load).toHaveBeenCalledExactlyOnceWith('World news');
    navigateInPage('/2024/03/06/lifeboat-station-opens-crew-room/', 'Lifeboat station opens crew room');
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
    loadWhenArticle(sites, load);
    expect(setInterval).not.toHaveBeenCalled();
    navigateInPage(ARTICLE, 'Harbour council approves a ferry pier', () => navigation.dispatchEvent(new Event('navigate')));
    await vi.advanceTimersByTimeAsync(10);
    expect(load).toHaveBeenCalledExactlyOnceWith('World news');
    expect(remove).toHaveBeenCalledWith('navigate', expect.any(Function));
  });

  it('a navigation to another page that is no article loads nothing', async () => {
    vi.useFakeTimers();
    const load = vi.fn();
    loadWhenArticle(sites, load);
    navigateInPage('/sport/', 'Sport');
    await vi.advanceTimersByTimeAsync(5_000);
    expect(load).not.toHaveBeenCalled();
  });

  it('reads the address alone: article JSON-LD outside the article URLs loads nothing, at no stage of loading', () => {
    Object.defineProperty(document, 'readyState', { value: 'loading', configurable: true });
    const load = vi.fn();
    loadWhenArticle(sites, load);
    const ld = document.createElement('script');
    ld.type = 'application/ld+json';
    ld.textContent = JSON.stringify({ '@type': 'NewsArticle', headline: 'Ferry pier approved' });
    document.head.append(ld);
    Object.defineProperty(document, 'readyState', { value: 'interactive', configurable: true });
    document.dispatchEvent(new Event('DOMContentLoaded'));
    window.dispatchEvent(new Event('load'));
    expect(load).not.toHaveBeenCalled();
    delete (document as { readyState?: string }).readyState;
  });
});
