import { readFileSync, readdirSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { analyzePage } from '../src/article';
import { extract } from '../src/extract';
import { paragraphs, sentences } from '../src/extract/sentences';
import { tokenize } from '../src/extract/tokens';
import { findQuotes } from '../src/extract/quotes';
import { findOccurrences } from '../src/extract/names/mentions';
import { mergeOccurrences } from '../src/extract/names/merge';
import { classify } from '../src/extract/names/classify';
import { KNOWN_NAMES } from '../src/extract/lexicon';

const dir = 'tests/fixtures/demo-site/articles', fx = 'tests/fixtures/pages';
const htmls = [...readdirSync(fx).filter(f=>/article/.test(f)).map(f=>readFileSync(fx+'/'+f,'utf8')), ...readdirSync(dir).map(f=>readFileSync(dir+'/'+f,'utf8'))];
const texts = htmls.map(h => analyzePage(parseHTML(h).document as any, null).article?.text).filter(Boolean) as string[];
const acc: Record<string, number> = {};
const T = <R>(k: string, f: () => R): R => { const t = performance.now(); const r = f(); acc[k] = (acc[k] ?? 0) + performance.now() - t; return r; };
const known = (l: string) => KNOWN_NAMES.has(l);
for (let r = 0; r < 60; r++) {
  if (r === 30) for (const k in acc) acc[k] = 0;
  for (const text of texts) {
    T('extract', () => extract(text));
    const paras = T('paragraphs', () => paragraphs(text));
    const sents = T('sentences', () => sentences(text, paras));
    const tokens = T('tokenize', () => tokenize(text, sents));
    const quotes = T('quotes', () => findQuotes(text, paras));
    const quoted = quotes.flatMap((q) => q.segments).sort((a, b) => a.start - b.start);
    const occ = T('findOccurrences', () => findOccurrences(text, sents, tokens, known));
    const groups = T('merge', () => mergeOccurrences(occ, paras, quoted));
    T('classify', () => groups.map((g) => classify(g, text, undefined)));
  }
}
const tot = acc.extract;
for (const [k, v] of Object.entries(acc)) console.log(k.padEnd(16), (v/30).toFixed(2), 'ms/round', (v/tot*100).toFixed(1)+'%');
