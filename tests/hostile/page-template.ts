/**
 * The article page every hostile page is built on: an ordinary news article on the PinkNews article
 * path (so detection says "article" and the sidebar must come), plus the page-side recorder that every
 * test reads back: `__pwned(tag)` calls (the trap, see payloads.ts) and errors thrown into the page.
 * The recorder is the first script of the page and cannot be replaced by later page code.
 */
import { TRAP } from './payloads';

export interface ArticleParts {
  title: string;
  byline: string[];
  description: string;
  siteName: string;
  publishedAt: string;
  /** href of <link rel=canonical> and og:url; null for none. */
  canonical: string | null;
  lang: string;
  dir: 'ltr' | 'rtl';
  /** Fields merged into the NewsArticle JSON-LD; null for no JSON-LD at all. */
  ld: Record<string, unknown> | null;
  /** Raw HTML: end of <head> (styles, meta, page scripts that must run early). */
  head: string;
  /** Raw HTML paragraphs of the article body. */
  paragraphs: string[];
  /** Raw HTML after the article (page scripts, frames, covers). */
  after: string;
}

/**
 * Recorder: calls of the trap and errors reaching the page (arrays only index-assigned: Array.prototype
 * may be hostile), plus untouched copies of the few DOM functions the tests read the page with, taken
 * before any page script could replace them.
 */
const RECORDER = `<script>(() => {
  const calls = [], errors = [];
  const d = document, rect = Element.prototype.getBoundingClientRect, stringify = JSON.stringify;
  const tools = Object.freeze({
    style: window.getComputedStyle.bind(window),
    at: Document.prototype.elementFromPoint.bind(d),
    all: Document.prototype.querySelectorAll.bind(d),
    rect: (el) => Reflect.apply(rect, el, []),
    json: (v) => Reflect.apply(stringify, JSON, [v]),
  });
  Object.defineProperty(window, '__trap', { value: Object.freeze({ calls, errors, tools }) });
  Object.defineProperty(window, '${TRAP}', { value: (tag) => { calls[calls.length] = String(tag); } });
  window.addEventListener('error', (e) => { errors[errors.length] = String(e.message || e.type); });
  window.addEventListener('unhandledrejection', (e) => { errors[errors.length] = 'unhandled rejection: ' + String(e.reason); });
})();</script>`;

/** Text for an HTML text node or a quoted attribute value. */
export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** JSON for inside <script type="application/ld+json">: "<" encoded, so no string can close the element. */
export function ldJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** An invented, neutral news text naming sources the starter pack knows, with a quote and figures. */
export const NEUTRAL = [
  'Amnesty International said on Tuesday that at least 40 people had been detained in the region since March, according to lawyers and relatives.',
  '“We are deeply concerned by these reports and we ask for every detainee to be released,” said Maria Lopez, a spokesperson for the group.',
  'Human Rights Watch said it had documented 12 of the cases in detail and called for an independent inquiry into the detentions.',
  'The United Nations said its human rights office had received similar accounts and would raise them with the authorities next month.',
  'Local officials did not respond to several requests for comment on Wednesday evening, and the regional court declined to comment.',
  'Lawyers for two of the detainees said the hearings had been postponed twice, and that families had been told to wait for further news.',
].map((p) => `<p>${esc(p)}</p>`);

export const DEFAULT_PARTS: ArticleParts = {
  title: 'Rights groups report new detentions in the region',
  byline: ['Jordan Ellis'],
  description: 'Rights groups say dozens of people have been detained since March.',
  siteName: 'PinkNews',
  publishedAt: '2024-05-01T09:00:00+01:00',
  canonical: null,
  lang: 'en-GB',
  dir: 'ltr',
  ld: {},
  head: '',
  paragraphs: NEUTRAL,
  after: '',
};

/** The full HTML of an article page. `canonical` defaults to the page's own URL. */
export function articleHtml(parts: Partial<ArticleParts>, ownUrl: string): string {
  const p = { ...DEFAULT_PARTS, ...parts };
  const canonical = parts.canonical === undefined ? ownUrl : p.canonical;
  const ld =
    p.ld === null
      ? ''
      : `<script type="application/ld+json">${ldJson({
          '@context': 'https://schema.org',
          '@type': 'NewsArticle',
          headline: p.title,
          datePublished: p.publishedAt,
          author: p.byline.map((name) => ({ '@type': 'Person', name })),
          publisher: { '@type': 'NewsMediaOrganization', name: p.siteName },
          ...p.ld,
        })}</script>`;
  return `<!doctype html>
<html lang="${esc(p.lang)}" dir="${p.dir}">
<head>
<meta charset="utf-8">
${RECORDER}
<title>${esc(p.title)} | ${esc(p.siteName)}</title>
${canonical === null ? '' : `<link rel="canonical" href="${esc(canonical)}">`}
<meta name="description" content="${esc(p.description)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="${esc(p.siteName)}">
<meta property="og:title" content="${esc(p.title)}">
<meta property="article:published_time" content="${esc(p.publishedAt)}">
${p.byline.map((b) => `<meta name="author" content="${esc(b)}">`).join('\n')}
<link rel="stylesheet" href="/assets/site.css">
${ld}
${p.head}
</head>
<body>
<header class="masthead"><div class="wrap"><a class="logo" href="/">Pink<span>News</span></a></div></header>
<main class="wrap layout">
<article class="story">
<h1>${esc(p.title)}</h1>
<p class="byline">By ${p.byline.map((b) => `<a rel="author" href="/">${esc(b)}</a>`).join(', ')} · <time datetime="${esc(p.publishedAt)}">1 May 2024</time></p>
${p.paragraphs.join('\n')}
</article>
</main>
${p.after}
</body>
</html>
`;
}
