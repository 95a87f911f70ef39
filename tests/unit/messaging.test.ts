// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checkMessage, send } from '../../src/messaging';

const OWN_ID = 'own-extension-id';
const OWN_ORIGIN = 'chrome-extension://own-extension-id/';
const contentSender = { id: OWN_ID, url: 'https://www.pinknews.co.uk/2017/07/06/story/', tab: { id: 7 } };
const pageSender = { id: OWN_ID, url: `${OWN_ORIGIN}popup.html` };

const analysis = {
  url: 'https://www.pinknews.co.uk/2017/07/06/story/',
  detection: { isArticle: true, site: 'pinknews', reason: 'json-ld NewsArticle' },
  article: { title: 'T', byline: ['A B'], publishedAt: null, siteName: 'PinkNews', lang: 'en', canonicalUrl: null, text: 'Body.' },
};

describe('message guard', () => {
  it('accepts a well-formed analysis from a content script in a tab', () => {
    const checked = checkMessage({ type: 'content/analyze', payload: analysis }, contentSender, OWN_ID, OWN_ORIGIN);
    expect(checked.ok && checked.origin).toBe('content');
    expect(checked.ok && checked.tabId).toBe(7);
  });

  it('accepts a search from an extension page', () => {
    const checked = checkMessage({ type: 'ui/search', payload: { query: 'novaya' } }, pageSender, OWN_ID, OWN_ORIGIN);
    expect(checked.ok).toBe(true);
  });

  it.each([
    ['another extension', { type: 'ui/search', payload: { query: 'x' } }, { id: 'evil', url: 'chrome-extension://evil/p.html' }, /not this extension/],
    ['a web page (no id)', { type: 'ui/search', payload: { query: 'x' } }, { url: 'https://evil.example/' }, /not this extension/],
    ['a content script sending a ui message', { type: 'ui/search', payload: { query: 'x' } }, contentSender, /may not be sent from a content context/],
    ['an extension page sending a content message', { type: 'content/analyze', payload: analysis }, pageSender, /may not be sent from a ui context/],
    ['an unknown type', { type: 'content/eval', payload: {} }, contentSender, /unknown message type/],
    ['a prototype key as type', { type: 'constructor', payload: {} }, contentSender, /unknown message type/],
    ['a non-object', 'content/analyze', contentSender, /not an object/],
    ['null', null, contentSender, /not an object/],
    ['a javascript: page URL', { type: 'content/analyze', payload: { ...analysis, url: 'javascript:alert(1)' } }, contentSender, /at url: must be an http\(s\) URL/],
    ['a detection without a verdict', { type: 'content/analyze', payload: { ...analysis, detection: { site: null, reason: 'x' } } }, contentSender, /detection\.isArticle/],
    ['an oversized body', { type: 'content/analyze', payload: { ...analysis, article: { ...analysis.article, text: 'x'.repeat(300_001) } } }, contentSender, /article\.text/],
    ['a content message without a tab', { type: 'content/analyze', payload: analysis }, { id: OWN_ID, url: 'https://a.example/' }, /must come from a tab/],
    ['a search that is too long', { type: 'ui/search', payload: { query: 'x'.repeat(201) } }, pageSender, /query/],
    ['a negative tab id', { type: 'ui/getTabContext', payload: { tabId: -1 } }, pageSender, /tabId/],
  ])('rejects %s', (_name, raw, sender, error) => {
    const checked = checkMessage(raw, sender, OWN_ID, OWN_ORIGIN);
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.error).toMatch(error);
  });
});

describe('message client', () => {
  // The fake's sendMessage is typed as answering nothing; the real one answers whatever the listener sent.
  const sendMessage = vi.spyOn(fakeBrowser.runtime, 'sendMessage') as unknown as ReturnType<typeof vi.fn>;
  afterEach(() => sendMessage.mockReset());

  it('sends a message lost with a stopped background once more, and takes the second answer', async () => {
    sendMessage.mockRejectedValueOnce(new Error('A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received'));
    sendMessage.mockResolvedValueOnce({ ok: true, data: { sources: 3, claims: 2 } });
    await expect(send('content/analyze', analysis)).resolves.toEqual({ sources: 3, claims: 2 });
    expect(sendMessage).toHaveBeenCalledTimes(2);
    expect(sendMessage.mock.calls[1]![0]).toEqual({ type: 'content/analyze', payload: analysis });
  });

  it('retries an empty answer once, then fails with a clear error naming the message', async () => {
    sendMessage.mockResolvedValue(undefined);
    await expect(send('content/getContext', {})).rejects.toThrow('content/getContext: no answer from the background (no reply)');
    expect(sendMessage).toHaveBeenCalledTimes(2);
  });

  it('gives up after the one retry with the transport error', async () => {
    sendMessage.mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    await expect(send('content/clear', {})).rejects.toThrow(/content\/clear: no answer from the background \(Could not establish connection/);
    expect(sendMessage).toHaveBeenCalledTimes(2);
  });

  it('never repeats a message the background answered with a refusal', async () => {
    sendMessage.mockResolvedValue({ ok: false, error: 'content/analyze: invalid payload at url' });
    await expect(send('content/analyze', analysis)).rejects.toThrow('content/analyze: invalid payload at url');
    expect(sendMessage).toHaveBeenCalledTimes(1);
  });
});
