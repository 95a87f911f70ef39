import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
const minify = process.env.MIN !== '0';
await build({ stdin: { contents: "export { analyzePage, detectArticle } from './src/article'; export { extract } from './src/extract';", resolveDir: process.cwd(), loader: 'ts' }, bundle: true, format: 'esm', platform: 'neutral', target: 'es2022', minify, outfile: '/tmp/pipe.mjs', logLevel: 'error' });
const { analyzePage, extract } = await import('/tmp/pipe.mjs?' + Date.now());
const page = process.env.PAGE ?? 'tests/fixtures/demo-site/articles/chechnya-purge.html';
const html = readFileSync(page, 'utf8');
const { article } = analyzePage(parseHTML(html).document, null);
const text = article.text;
console.log('chars', text.length);
const N = Number(process.env.N ?? 3000);
let block: number[] = [];
for (let i = 0; i < N; i++) {
  const t = performance.now(); extract(text); block.push(performance.now() - t);
  if (block.length === 100 || i === 0) { block.sort((a,b)=>a-b); console.log(i, 'median', block[block.length>>1].toFixed(3), 'min', block[0].toFixed(3)); block = []; }
}
