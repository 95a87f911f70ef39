// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { detectArticle, looksLikeArticleUrl } from '../../src/article';

// The guess that decides whether the sidebar frame starts loading before the document exists.
describe('looksLikeArticleUrl', () => {
  it.each([
    ['https://www.pinknews.co.uk/2017/04/13/chechnya-gay-men/', true],
    ['https://www.bbc.co.uk/news/world-europe-39576920', true],
    ['https://www.bbc.com/news/articles/c4g9z2w1x7yo', true],
    ['https://www.pinknews.co.uk/', false],
    ['https://www.bbc.co.uk/news', false],
    ['https://www.bbc.co.uk/news/topics/cp7r8vgl2lgt', false],
    ['https://example.org/2017/04/13/chechnya-gay-men/', false],
    ['not a url', false],
  ])('%s → %s', (url, expected) => {
    expect(looksLikeArticleUrl(url)).toBe(expected);
  });

  it('reads an undecodable path as it is, like detection does', () => {
    expect(looksLikeArticleUrl('https://www.pinknews.co.uk/2017/04/13/100%-true/')).toBe(true);
  });

  it('agrees with detection on every URL where detection decides from the adapter alone', async () => {
    const { parseHTML } = await import('linkedom');
    const empty = parseHTML('<!doctype html><html><head></head><body></body></html>').document as unknown as Document;
    for (const url of ['https://www.pinknews.co.uk/2017/04/13/a/', 'https://www.pinknews.co.uk/news/', 'https://www.bbc.co.uk/news/uk-1234567']) {
      expect(looksLikeArticleUrl(url), url).toBe(detectArticle(empty, url).isArticle);
    }
  });
});
