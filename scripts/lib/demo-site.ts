/**
 * The demo news site served by the fixture server: which host/path serves which file of
 * tests/fixtures/demo-site/, plus the reference article built on the fly from the shared corpus.
 */
import { readFileSync } from 'node:fs';
import { referenceArticleTxt } from './paths';

export const NEWS_HOST = 'www.pinknews.co.uk';
/** Every hostname the fixture server answers for (Chromium maps these to it; Firefox proxies them). */
export const FIXTURE_HOSTS = [NEWS_HOST, 'pinknews.co.uk'];

export const PATHS = {
  home: '/',
  chechnya: '/2017/07/05/chechnya-activists-urge-g20-leaders-to-confront-putin/',
  g20: '/2017/07/08/g20-hamburg-summit-trump-putin-first-meeting/',
  nobel: '/2021/10/08/novaya-gazeta-editor-dmitry-muratov-nobel-peace-prize/',
  reference: '/2017/07/06/chechnya-crackdown-reference/',
} as const;

/** The page that carries sidebar-hostile CSS (iframe{display:none!important}, *{z-index:0!important}, ...). */
export const HOSTILE_PATH = PATHS.g20;

export const REFERENCE_HEADLINE = 'Chechnya renews its crackdown on gay men, activists warn';

/** host-independent path → file in tests/fixtures/demo-site (served for every fixture host). */
export const DEMO_ROUTES: Record<string, string> = {
  [PATHS.home]: 'index.html',
  [PATHS.chechnya]: 'articles/chechnya-purge.html',
  [PATHS.g20]: 'articles/g20-hamburg.html',
  [PATHS.nobel]: 'articles/muratov-nobel.html',
};

export function newsUrl(path: string, origin = `http://${NEWS_HOST}`): string {
  return new URL(path, origin).href;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The reference article page: each line of the shared article.txt as a paragraph, with news metadata. */
export function referenceArticleHtml(): string {
  const text = readFileSync(referenceArticleTxt, 'utf8');
  const paragraphs = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => `      <p>${escapeHtml(l)}</p>`)
    .join('\n');
  const canonical = newsUrl(PATHS.reference);
  const description = 'Activists say Chechen authorities have resumed detaining gay men, and urge G20 leaders to press Vladimir Putin.';
  const ld = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: REFERENCE_HEADLINE,
    description,
    datePublished: '2017-07-06T12:00:00+01:00',
    dateModified: '2017-07-06T12:00:00+01:00',
    mainEntityOfPage: canonical,
    url: canonical,
    inLanguage: 'en-GB',
    publisher: { '@type': 'NewsMediaOrganization', name: 'PinkNews', url: newsUrl('/') },
  };
  return `<!doctype html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escapeHtml(REFERENCE_HEADLINE)} | PinkNews</title>
  <link rel="canonical" href="${canonical}">
  <meta name="description" content="${escapeHtml(description)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="PinkNews">
  <meta property="og:title" content="${escapeHtml(REFERENCE_HEADLINE)}">
  <meta property="og:description" content="${escapeHtml(description)}">
  <meta property="og:url" content="${canonical}">
  <meta property="article:published_time" content="2017-07-06T12:00:00+01:00">
  <meta property="article:section" content="News">
  <link rel="stylesheet" href="/assets/site.css">
  <script type="application/ld+json">${JSON.stringify(ld)}</script>
</head>
<body>
  <header class="masthead"><div class="wrap"><a class="logo" href="/">Pink<span>News</span></a>
    <nav><a href="/">Home</a><a href="/">News</a><a href="/">World</a><a href="/">Politics</a><a href="/">Culture</a></nav></div>
  </header>
  <main class="wrap layout">
    <article class="story">
      <p class="kicker">World</p>
      <h1>${escapeHtml(REFERENCE_HEADLINE)}</h1>
      <p class="byline">PinkNews · <time datetime="2017-07-06">6 July 2017</time></p>
${paragraphs}
    </article>
  </main>
  <footer class="site-footer"><div class="wrap"><p>Reference page for the Backstory end-to-end tests: the article text is read at runtime from the shared corpus.</p></div></footer>
</body>
</html>
`;
}
