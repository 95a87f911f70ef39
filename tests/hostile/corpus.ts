/**
 * The hostile-page corpus: one row per page, each an article on the PinkNews article path that must
 * still get its sidebar, with nothing of its data executed, the sidebar unstyled by it, no entity
 * matched through a look-alike name, and no error thrown into it. Rows only say what is hostile; the
 * page around it comes from page-template.ts, the payloads from payloads.ts.
 */
import { articleHtml, esc, ldJson, NEUTRAL, type ArticleParts } from './page-template';
import { payload, payloads, TRAP } from './payloads';

export type Group = 'payload' | 'oversized' | 'links' | 'css' | 'builtins' | 'size' | 'frames' | 'text' | 'homoglyph';

export interface HostilePage {
  slug: string;
  group: Group;
  what: string;
  /** Path on the news host (percent-encoded as a browser sends it). */
  path: string;
  /** The page's HTML, given its own URL (built on demand: some pages are megabytes). */
  html(url: string): string;
  /** Names in the starter pack the page only imitates: the sidebar must not match them. */
  notMatched?: string[];
  /** A payload string the sidebar shows, and must show as plain text. */
  shownAsText?: string;
}

const pathFor = (slug: string) => `/2024/05/01/hostile-${slug}/`;

function page(slug: string, group: Group, what: string, parts: (url: string) => Partial<ArticleParts>, extra: Partial<HostilePage> = {}): HostilePage {
  return { slug, group, what, path: pathFor(slug), html: (url) => articleHtml(parts(url), url), ...extra };
}

const p = (text: string) => `<p>${esc(text)}</p>`;
const script = (code: string) => `<script>${code}</script>`;
/** A paragraph long enough to count as article text, around a payload. */
const quoted = (s: string) => p(`“${s},” said Maria Lopez, a spokesperson, who added that 14 people were still held.`);

// ---------------------------------------------------------------- payloads in page data
const payloadPages: HostilePage[] = [
  page('title', 'payload', 'every payload in <title>, <h1>, og:title and the JSON-LD headline', () => ({ title: payloads('title').join(' ') }), {
    shownAsText: `${TRAP}('title-0')`,
  }),
  page('byline', 'payload', 'payloads as author names (byline links, meta author, JSON-LD author)', () => ({ byline: payloads('byline').slice(0, 12) }), {
    shownAsText: `${TRAP}('byline-1')`,
  }),
  page('ld-fields', 'payload', 'payloads in JSON-LD headline, description, author and publisher', () => ({
    ld: { headline: payload('ld-headline', 0), description: payloads('ld-description').join(' '), author: payloads('ld-author').map((name) => ({ '@type': 'Person', name })), publisher: { '@type': 'Organization', name: payload('ld-publisher', 2), url: payload('ld-publisher-url', 5) } },
  })),
  page('ld-body', 'payload', 'payloads in a JSON-LD articleBody long enough to be the article text', () => ({
    ld: { articleBody: [...payloads('ld-body'), ...NEUTRAL.map((h) => h.replace(/<\/?p>/g, ''))].join('\n\n') },
    paragraphs: [p('Short teaser only.')],
  })),
  page('ld-raw', 'payload', 'JSON-LD with raw (page-parsed) markup breaking out of strings, a __proto__ key and a nested @graph', () => ({
    ld: { '@graph': [{ '@type': 'NewsArticle', headline: payload('ld-graph', 1), ['__proto__']: { polluted: true } }], constructor: { prototype: { polluted: true } } },
    head: `<script type="application/ld+json">{"@type":"NewsArticle","headline":"\\u003cimg src=x onerror=${TRAP}('ld-escaped')\\u003e","__proto__":{"isArticle":false}}</script>`,
  })),
  page('meta', 'payload', 'payloads in description, og:*, article:*, twitter:* and itemprop meta tags', () => ({
    description: payloads('meta-description').join(' '),
    head: payloads('meta')
      .map((x, i) => `<meta property="${['og:title', 'og:site_name', 'og:url', 'twitter:title', 'article:author', 'article:section'][i % 6]}" content="${esc(x)}"><meta itemprop="headline" content="${esc(x)}">`)
      .join('\n'),
  })),
  page('quotes', 'payload', 'payloads inside quotations of the body (claims the sidebar lists)', () => ({
    paragraphs: [...payloads('quote').map(quoted), ...NEUTRAL],
  }), { shownAsText: `${TRAP}('quote-1')` }),
  page('body-text', 'payload', 'payloads as escaped body text next to names (highlighted in the page)', () => ({
    paragraphs: [...payloads('body').map((x) => p(`Amnesty International published ${x} and Human Rights Watch repeated it.`)), ...NEUTRAL],
  })),
  page('alt', 'payload', 'payloads in alt, title, aria-label and figcaption', () => ({
    paragraphs: [
      ...payloads('alt').map((x) => `<figure><img src="/assets/none.png" alt="${esc(x)}" title="${esc(x)}" aria-label="${esc(x)}"><figcaption>${esc(x)}</figcaption></figure>`),
      ...NEUTRAL,
    ],
  })),
  page('attributes', 'payload', 'payloads in class, id, data-* and itemprop attributes of body elements', () => ({
    paragraphs: NEUTRAL.map((h, i) => h.replace('<p>', `<p class="${esc(payload('class', i))}" id="${esc(payload('id', i))}" data-x="${esc(payload('data', i))}" itemprop="${esc(payload('itemprop', i))}">`)),
  })),
  page('lang-dir', 'payload', 'payloads in <html lang> and in hreflang/dir attributes', () => ({ lang: payload('lang', 3) })),
  page('date', 'payload', 'payloads in published time (meta, <time datetime>, JSON-LD)', () => ({ publishedAt: payload('date', 1) })),
  page('canonical', 'payload', 'a javascript: canonical link and og:url', () => ({
    canonical: `javascript:${TRAP}('canonical')`,
    head: `<meta property="og:url" content="javascript:${TRAP}('og-url')">`,
  })),
  {
    slug: 'url-path',
    group: 'payload',
    what: 'payload in the page URL path',
    path: `/2024/05/01/${encodeURIComponent(`<script>${TRAP}('url-path')</script>`)}/`,
    html: (url) => articleHtml({}, url),
  },
  {
    slug: 'url-long',
    group: 'payload',
    what: 'a 6,000-character tracking query string in the page URL',
    path: `${pathFor('url-long')}?utm=${'x'.repeat(6_000)}`,
    html: (url) => articleHtml({}, url),
  },
  {
    slug: 'url-query',
    group: 'payload',
    what: 'payloads in the query string and fragment (the URL the content script reads)',
    path: `${pathFor('url-query')}?q=${encodeURIComponent(`"><img src=x onerror=${TRAP}('url-query')>`)}#${encodeURIComponent(`<svg onload=${TRAP}('url-hash')>`)}`,
    html: (url) => articleHtml({}, url),
  },
];

// ---------------------------------------------------------------- oversized metadata
const long = (n: number, seed: string) => seed.repeat(Math.ceil(n / seed.length)).slice(0, n);
const oversizedPages: HostilePage[] = [
  page('long-title', 'oversized', 'a 20,000-character headline', () => ({ title: long(20_000, 'Headline words go on and on ') })),
  page('many-authors', 'oversized', '200 authors, some 2,000 characters long', () => ({ byline: Array.from({ length: 200 }, (_, i) => (i % 10 ? `Author Number${i}` : long(2_000, 'Very Long Name '))) })),
  page('long-meta', 'oversized', '10,000-character site name, language, date and description', () => ({
    siteName: long(10_000, 'Pink News '),
    lang: long(10_000, 'en-GB-'),
    publishedAt: long(10_000, '2024-05-01 '),
    description: long(10_000, 'Description '),
  })),
  page('long-canonical', 'oversized', 'a 10,000-character canonical URL', (url) => ({ canonical: `${url}?${long(10_000, 'x=1&')}` })),
  page('meta-flood', 'oversized', '10,000 meta tags and 500 JSON-LD blocks', () => ({
    head: Array.from({ length: 10_000 }, (_, i) => `<meta name="k${i}" content="v${i}">`).join('') + Array.from({ length: 500 }, (_, i) => `<script type="application/ld+json">{"@type":"Thing","name":"t${i}"}</script>`).join(''),
  })),
  page('ld-deep', 'oversized', 'JSON-LD nested 10,000 levels deep, and invalid JSON-LD', () => ({
    head: `<script type="application/ld+json">${'['.repeat(10_000)}${']'.repeat(10_000)}</script><script type="application/ld+json">{"@type":"NewsArticle",,}</script><script type="application/ld+json">${ldJson({ '@type': 'NewsArticle', about: JSON.parse('{"a":'.repeat(2_000) + '1' + '}'.repeat(2_000)) })}</script>`,
  })),
];

// ---------------------------------------------------------------- links
const linkPages: HostilePage[] = [
  page('links-javascript', 'links', 'javascript:, vbscript: and obfuscated JaVaScRiPt: links in the body', () => ({
    paragraphs: [
      ...['javascript', 'JaVaScRiPt', ' javascript', 'java\tscript', 'vbscript'].map((s, i) => `<p>Read <a href="${esc(`${s}:${TRAP}('link-${i}')`)}">the report by Amnesty International</a> published on 4 May, which lists 12 cases.</p>`),
      ...NEUTRAL,
    ],
  })),
  page('links-data', 'links', 'data: and blob: links and images', () => ({
    paragraphs: [
      `<p>See <a href="data:text/html;base64,${Buffer.from(`<script>parent.${TRAP}('data-link')</script>`).toString('base64')}">the statement</a> by Human Rights Watch, which counted 12 detentions.</p>`,
      `<p><img src="data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" onload="${TRAP}('data-img')"/>`)}" alt="chart"> The chart shows 40 detentions in total over three months.</p>`,
      ...NEUTRAL,
    ],
  })),
];

// ---------------------------------------------------------------- CSS against the sidebar
const style = (css: string) => `<style>${css}</style>`;
const cssPage = (slug: string, what: string, css: string, extra: Partial<HostilePage> = {}) => page(slug, 'css', what, () => ({ head: style(css) }), extra);
const cssPages: HostilePage[] = [
  cssPage('css-tag', 'rules on the sidebar host tag (display, size, position, opacity, transform, clip)', `backstory-sidebar, html > backstory-sidebar, [data-state] { display:none!important; width:0!important; height:0!important; position:absolute!important; left:-9999px!important; opacity:0!important; transform:scale(0)!important; clip-path:inset(50%)!important; visibility:hidden!important; filter:blur(20px)!important; }`),
  cssPage('css-universal', 'universal resets: all:unset, z-index:0, position:static, pointer-events:none', `* { all: unset !important; z-index: 0 !important; position: static !important; pointer-events: none !important; }`),
  cssPage('css-iframes', 'every iframe hidden, collapsed and faded', `iframe, frame, embed, object { display:none!important; visibility:hidden!important; opacity:0!important; width:0!important; height:0!important; }`),
  cssPage('css-not-defined', 'undefined custom elements hidden (:not(:defined), :empty)', `:not(:defined), :empty { display: none !important; }`),
  cssPage('css-last-child', 'the last child of <html> (where the host lives) squeezed and moved', `html > :last-child, html > :not(head):not(body), html > * + * + * { margin-top: 100vh !important; top: 100vh !important; right: auto !important; left: -100vw !important; max-width: 0 !important; max-height: 0 !important; }`),
  cssPage('css-pseudo-host', '::before/::after on the host covering the frame', `backstory-sidebar::before, backstory-sidebar::after { content: "covered" !important; position: fixed !important; inset: 0 !important; z-index: 2147483647 !important; background: red !important; display: block !important; }`, {
  }),
  cssPage('css-root-cover', 'a full-viewport ::after of <html> above everything', `html::after { content: ""; position: fixed; inset: 0; z-index: 2147483647; background: rgba(255, 0, 0, .9); }`, {
  }),
  page('css-cover-element', 'css', 'a cookie wall: a max-z-index fixed element over the whole viewport, appended last', () => ({
    after: `<div class="wall" style="position:fixed;inset:0;z-index:2147483647;background:rgba(0,0,0,.8)"></div>` + script(`setTimeout(() => document.body.append(Object.assign(document.createElement('div'), { className: 'wall2', style: 'position:fixed;inset:0;z-index:2147483647;background:rgba(0,0,0,.5)' })), 50);`),
  })),
  cssPage('css-colors', 'page-wide colour, font and color-scheme overrides', `:root { color-scheme: dark !important; } * { color: red !important; background: lime !important; font: 40px/1 serif !important; }`),
  cssPage('css-selection', '@layer, :has(), :is() and attribute selectors aimed at the host', `@layer x { :is(backstory-sidebar) { display: none !important; } } html:has(backstory-sidebar) > * { visibility: hidden !important; } [style*="2147483647"] { display: none !important; }`),
];

// ---------------------------------------------------------------- redefined built-ins
const hostileScript = (slug: string, what: string, code: string, extra: Partial<HostilePage> = {}) => page(slug, 'builtins', what, () => ({ head: script(code) }), extra);
const thrower = (name: string) => `function () { throw new Error('hostile ${name}'); }`;
const builtinPages: HostilePage[] = [
  hostileScript('array', 'Array.prototype methods and Array.from throw', `for (const m of ['map','filter','forEach','join','push','slice','some','every','find','includes','indexOf','sort','reduce','flatMap','concat']) Array.prototype[m] = ${thrower('array')}; Array.from = ${thrower('Array.from')}; Array.isArray = () => false;`),
  hostileScript('json', 'JSON.parse/stringify and structuredClone throw', `JSON.parse = ${thrower('JSON.parse')}; JSON.stringify = ${thrower('JSON.stringify')}; window.structuredClone = ${thrower('structuredClone')};`),
  hostileScript('fetch', 'fetch, XMLHttpRequest, WebSocket and sendBeacon replaced with recorders', `for (const k of ['fetch','XMLHttpRequest','WebSocket','EventSource']) window[k] = function () { ${TRAP}('network-' + k); throw new Error('hostile network'); }; navigator.sendBeacon = () => { ${TRAP}('beacon'); return false; };`),
  hostileScript('mutation-observer', 'MutationObserver and ResizeObserver throw; requestAnimationFrame never calls back', `window.MutationObserver = ${thrower('MutationObserver')}; window.ResizeObserver = ${thrower('ResizeObserver')}; window.IntersectionObserver = ${thrower('IntersectionObserver')}; window.requestAnimationFrame = () => 0;`),
  hostileScript('attach-shadow', 'Element.prototype.attachShadow records, then returns an open shadow of its own', `const real = Element.prototype.attachShadow; Element.prototype.attachShadow = function (init) { ${TRAP}('attachShadow'); return real.call(this, { mode: 'open' }); };`),
  hostileScript('create-element', 'document.createElement and createElementNS return recorders', `const real = Document.prototype.createElement; Document.prototype.createElement = document.createElement = function (tag) { ${TRAP}('createElement-' + tag); return real.call(this, 'span'); }; Document.prototype.createElementNS = function () { throw new Error('hostile createElementNS'); };`),
  hostileScript('dom-queries', 'querySelector(All), getElementsBy*, textContent and getAttribute throw', `for (const P of [Document.prototype, Element.prototype, DocumentFragment.prototype]) { for (const m of ['querySelector','querySelectorAll','getElementsByTagName','getElementsByClassName','closest','matches']) if (m in P) P[m] = ${thrower('query')}; } Object.defineProperty(Node.prototype, 'textContent', { get: ${thrower('textContent')} }); Element.prototype.getAttribute = ${thrower('getAttribute')}; Element.prototype.getBoundingClientRect = ${thrower('getBoundingClientRect')};`),
  hostileScript('objects', 'Object.prototype polluted; Map, String, RegExp and Function built-ins sabotaged', `Object.prototype.isArticle = false; Object.prototype.ok = false; Object.prototype.text = 'polluted'; Map.prototype.get = ${thrower('Map.get')}; String.prototype.replace = ${thrower('replace')}; String.prototype.trim = ${thrower('trim')}; RegExp.prototype.test = ${thrower('test')}; Function.prototype.toString = ${thrower('toString')};`),
  hostileScript('events', 'addEventListener, dispatchEvent, postMessage and history methods replaced', `EventTarget.prototype.addEventListener = function (type) { if (type === 'message') ${TRAP}('listen-message'); }; window.postMessage = ${thrower('postMessage')}; history.pushState = ${thrower('pushState')}; window.getComputedStyle = ${thrower('getComputedStyle')}; window.getSelection = ${thrower('getSelection')};`),
  hostileScript('custom-element', 'the page defines <backstory-sidebar> itself, as an element that refuses a shadow root and hides itself', `customElements.define('backstory-sidebar', class extends HTMLElement { static disabledFeatures = ['shadow']; connectedCallback() { ${TRAP}('custom-element-connected'); this.style.display = 'none'; } });`, {
  }),
  hostileScript('globals', 'globals the content script might use (chrome, browser, location, document.title) shadowed', `window.chrome = { runtime: { sendMessage() { ${TRAP}('chrome-sendMessage'); } } }; window.browser = window.chrome; Object.defineProperty(document, 'title', { get() { ${TRAP}('title-getter'); return 'spoofed'; } }); window.CSS = undefined; window.Highlight = ${thrower('Highlight')};`),
];

// ---------------------------------------------------------------- size and structure
const bigParagraph = (i: number) => p(`Paragraph ${i}: Amnesty International said on day ${i} that ${i % 97} more people were detained, according to the monitors, who said that “${i % 13} families were still waiting for news”.`);
const sizePages: HostilePage[] = [
  page('big-5mb', 'size', 'a 5 MB article of 30,000 paragraphs', () => ({ paragraphs: Array.from({ length: 30_000 }, (_, i) => bigParagraph(i)) })),
  page('big-one-node', 'size', 'a 5 MB article in one text node without spaces or punctuation, after the neutral text', () => ({ paragraphs: [...NEUTRAL, p(long(5_000_000, 'Amnestyxx'))] })),
  page('deep-markup', 'size', '10,000 nested <div>s in the markup around the body', () => ({ paragraphs: [`${'<div>'.repeat(10_000)}${NEUTRAL.join('')}${'</div>'.repeat(10_000)}`] })),
  // Kept out of layout: Chromium's renderer itself crashes laying out a 10,000-deep chain, extension or not.
  page('deep-dom', 'size', 'a 10,000-deep element chain built by script before the content script runs (not laid out)', () => ({
    head: style('.chain { display: none; }'),
    after: script(`let el = document.querySelector('article').appendChild(Object.assign(document.createElement('div'), { className: 'chain' })); for (let i = 0; i < 10000; i++) el = el.appendChild(document.createElement(i % 2 ? 'div' : 'section')); el.append(Object.assign(document.createElement('p'), { textContent: 'The deepest paragraph, where Human Rights Watch said 3 more people were held.' }));`),
  })),
  page('many-nodes', 'size', '200,000 empty inline elements between the paragraphs', () => ({ paragraphs: NEUTRAL.map((h) => `${'<span></span>'.repeat(33_000)}${h}`) })),
  page('infinite-scroll', 'size', 'infinite scroll: a paragraph added every 20 ms, forever, and on every scroll', () => ({
    after: script(`const add = () => document.querySelector('article').append(Object.assign(document.createElement('p'), { textContent: 'More: Amnesty International said ' + Date.now() + ' people were counted today in the region.' })); setInterval(add, 20); addEventListener('scroll', () => { for (let i = 0; i < 50; i++) add(); });`),
  })),
  page('dom-churn', 'size', 'text and attributes rewritten every animation frame', () => ({
    after: script(`const ps = document.querySelectorAll('article p'); let n = 0; const tick = () => { n++; ps[n % ps.length].setAttribute('data-n', n); document.title = 'Rights groups report new detentions (' + n + ')'; requestAnimationFrame(tick); }; requestAnimationFrame(tick);`),
  })),
  // One long token each: linkedom's classList overflows the stack at ~100,000 class tokens on one element.
  page('huge-attributes', 'size', '1 MB class, id and style attribute values on body elements', () => ({
    paragraphs: NEUTRAL.map((h, i) => h.replace('<p>', `<p class="${long(1_000_000, 'x-')} ${i % 2 ? 'ad-slot' : 'story'}" id="${long(1_000_000, 'related')}" style="${long(100_000, 'color:red;')}">`)),
  })),
];

// ---------------------------------------------------------------- frames
const framePages: HostilePage[] = [
  page('frames', 'frames', 'iframes: srcdoc with payloads, a sandboxed frame, a frame of another article', (url) => ({
    after: [
      `<iframe srcdoc="${esc(`<p>${payloads('srcdoc').map(esc).join(' ')}</p><script>parent.document.title</script>`)}"></iframe>`,
      `<iframe sandbox srcdoc="${esc(`<script>${TRAP}('sandboxed')</script>`)}"></iframe>`,
      `<iframe src="${esc(new URL(pathFor('title'), url).href)}" width="400" height="200"></iframe>`,
    ].join('\n'),
  })),
  page('frames-self', 'frames', 'the article frames itself (recursion), and a frame named like the sidebar', (url) => ({
    after: `<iframe src="${esc(url)}" width="300" height="200"></iframe><iframe name="backstory-sidebar" title="Backstory" src="about:blank"></iframe>`,
  })),
  page('frames-post', 'frames', 'the page posts messages to every frame, including the sidebar, and listens for replies', () => ({
    after: script(`const spam = () => { for (let i = 0; i < frames.length; i++) { try { frames[i].postMessage({ type: 'content/analyze', payload: {} }, '*'); frames[i].postMessage('<img src=x onerror=${TRAP}(1)>', '*'); } catch (e) {} } }; setInterval(spam, 50); addEventListener('message', (e) => { if (e.source !== window) ${TRAP}('reply-from-frame'); });`),
  })),
];

// ---------------------------------------------------------------- scripts, direction, invisible characters
const textPages: HostilePage[] = [
  page('rtl-arabic', 'text', 'an Arabic article, dir=rtl, with Latin names inside', () => ({
    lang: 'ar', dir: 'rtl', title: 'منظمات حقوقية تتحدث عن اعتقالات جديدة في المنطقة',
    paragraphs: [
      p('قالت منظمة Amnesty International يوم الثلاثاء إن 40 شخصاً على الأقل اعتُقلوا منذ آذار/مارس، وفقاً لمحامين وأقارب.'),
      p('«نحن قلقون للغاية من هذه التقارير»، قالت ماريا لوبيز، المتحدثة باسم المنظمة، مضيفة أن 12 حالة موثقة.'),
      p('وقالت Human Rights Watch إنها وثقت 12 حالة بالتفصيل ودعت إلى تحقيق مستقل في الاعتقالات الأخيرة.'),
      p('ولم يرد المسؤولون المحليون على طلبات متكررة للتعليق مساء الأربعاء، ورفضت المحكمة الإقليمية التعليق.'),
      p('وقال محامو اثنين من المعتقلين إن الجلسات أُجّلت مرتين، وإن العائلات طُلب منها انتظار المزيد من الأخبار.'),
    ],
  })),
  page('bidi-overrides', 'text', 'bidi override and isolate characters in title, byline and names', () => ({
    title: 'Rights groups \u202Esnoitnet\u202C report \u2066new\u2069 detentions \u200F',
    byline: ['\u202EsillE nadroJ'],
    paragraphs: [p('\u202EAmnesty International\u202C said \u2067on Tuesday\u2069 that 40 people were detained, and \u202Bwe ask\u202C for their release.'), ...NEUTRAL],
  })),
  page('mixed-scripts', 'text', 'Cyrillic, Greek, CJK, Devanagari, emoji, combining marks and astral characters mixed', () => ({
    title: 'Правозащитники 人权组织 मानवाधिकार 🕊️ report detentions',
    paragraphs: [
      p('Amnesty International сказала 40 人 were detained — «Мы обеспокоены», said Мария Лопес, 报道 ने कहा 12 मामले।'),
      p('Z̷̢a̵l̸g̶o̷ ̸t̶e̵x̷t̸ with 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𝕄𝕒𝕥𝕙 letters and 👩‍👩‍👧‍👦 families, 12 of them, named by Human Rights Watch.'),
      ...NEUTRAL,
    ],
  })),
  page('zero-width', 'text', 'zero-width spaces, joiners, soft hyphens and BOMs inside names, numbers and the title', () => ({
    title: 'Rights\u200B groups\u200D report\u00AD new\uFEFF detentions',
    byline: ['Jor\u200Bdan El\u200Dlis'],
    paragraphs: [p('Am\u200Bnesty Inter\u00ADnational said that 4\u200B0 people were de\u2060tained, and Human\u200DRights\uFEFF Watch counted 1\u200C2.'), ...NEUTRAL],
  })),
  page('control-chars', 'text', 'NUL, lone surrogates, noncharacters and C1 controls in text and attributes', () => ({
    title: 'Rights groups \u0000 report \uD800 new \uFFFE detentions \u0085',
    byline: ['Jordan \uDC00 Ellis'],
    paragraphs: [p('Amnesty \u0000International said \uD83D 40 \u0007people were \uFFFF detained \u009B today.'), ...NEUTRAL],
  })),
];

// ---------------------------------------------------------------- homoglyph names
const homoglyphPages: HostilePage[] = [
  page('homoglyph-reuters', 'homoglyph', '"Reuter\\u0455" (Cyrillic dze) cited in the body', () => ({
    paragraphs: [p('Reuter\u0455 reported that at least 40 people had been detained, citing two officials.'), p('“The numbers are rising,” one official told Reuter\u0455 on Tuesday, adding that 12 cases were documented.'), ...NEUTRAL.slice(2)],
  }), { notMatched: ['Reuters'] }),
  page('homoglyph-publisher', 'homoglyph', '"Reuter\\u0455" as site name, JSON-LD publisher and canonical host', () => ({
    siteName: 'Reuter\u0455',
    canonical: 'https://www.reuter\u0455.com/world/2024/05/01/detentions/',
    ld: { publisher: { '@type': 'NewsMediaOrganization', name: 'Reuter\u0455', url: 'https://www.reuter\u0455.com/' } },
  }), { notMatched: ['Reuters'] }),
  page('homoglyph-greek', 'homoglyph', 'Greek capitals for Latin ones: "Αmnesty Ιnternational", "Ηuman Rights Watch"', () => ({
    paragraphs: [p('\u0391mnesty \u0399nternational said that 40 people were detained since March.'), p('\u0397uman Rights Watch said it documented 12 of the cases in detail.'), ...NEUTRAL.slice(3)],
  }), { notMatched: ['Amnesty International', 'Human Rights Watch'] }),
  page('homoglyph-cyrillic', 'homoglyph', 'Cyrillic look-alikes: "Vlаdimir Рutin", "BВC", "Kremlіn"', () => ({
    paragraphs: [p('Vl\u0430dimir \u0420utin said on Tuesday that 40 people had been released, the Kreml\u0456n said.'), p('The B\u0412C reported that 12 cases had been documented by lawyers for the families.'), ...NEUTRAL.slice(3)],
  }), { notMatched: ['Vladimir Putin', 'BBC', 'Kremlin'] }),
  page('homoglyph-mixed', 'homoglyph', 'Latin/Cyrillic mixed inside one word, plus a dotless i and a Latin small capital', () => ({
    paragraphs: [p('Ne\u0461sweek and the Guard\u0131an reported 40 detentions; A\u1D0Dnesty International said 12.'), p('Memor\u0456al, the rights group, said 5 of them were released, according to Reuter\u0455.'), ...NEUTRAL.slice(3)],
  }), { notMatched: ['Newsweek', 'The Guardian', 'Amnesty International', 'Memorial', 'Reuters'] }),
];

export const CORPUS: HostilePage[] = [
  ...payloadPages,
  ...oversizedPages,
  ...linkPages,
  ...cssPages,
  ...builtinPages,
  ...sizePages,
  ...framePages,
  ...textPages,
  ...homoglyphPages,
];
