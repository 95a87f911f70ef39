import { readFile } from 'node:fs/promises';
import { parseHTML } from 'linkedom';
import { analyzePage } from '../article';
import type { ArticleMeta, Detection } from '../article/types';
import { extract } from '../extract';
import type { Extraction } from '../extract/types';

export interface PageResult {
  file: string;
  url: string | null;
  detection: Detection;
  article: ArticleMeta | null;
  extraction: Extraction;
}

const MAX_BYTES = 20 * 1024 * 1024;

/** A plain-text file is taken as an article body, one paragraph a line (the corpus format). */
function fromText(file: string, content: string): PageResult {
  const text = content.split(/\r?\n/).map((l) => l.trim()).filter(Boolean).join('\n\n');
  const article: ArticleMeta = { title: null, byline: [], publishedAt: null, siteName: null, lang: null, canonicalUrl: null, text };
  return { file, url: null, detection: { isArticle: true, site: null, reason: 'plain-text file' }, article, extraction: extract(text) };
}

/** A saved page has no address bar: its own canonical or og:url stands in for the URL it came from. */
function declaredUrl(doc: Document): string | null {
  const raw = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  return raw && /^https?:\/\//i.test(raw.trim()) ? raw.trim() : null;
}

function fromHtml(file: string, html: string): PageResult {
  const document = parseHTML(html).document as unknown as Document;
  const { detection, article } = analyzePage(document, declaredUrl(document));
  const extraction = article && detection.isArticle ? extract(article.text) : { mentions: [], claims: [] };
  return { file, url: article?.canonicalUrl ?? null, detection, article, extraction };
}

/** Reads one page file (HTML, or .txt); throws with a clear message when it cannot be read. */
export async function readPage(file: string): Promise<PageResult> {
  const buf = await readFile(file);
  if (buf.length > MAX_BYTES) throw new Error(`file is larger than ${MAX_BYTES / 1024 / 1024} MB`);
  const content = buf.toString('utf8');
  if (/\.txt$/i.test(file)) return fromText(file, content);
  if (!/<[a-z!]/i.test(content)) throw new Error('not an HTML document (no tags found); plain text files must end in .txt');
  return fromHtml(file, content);
}
