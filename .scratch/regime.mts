import { readFileSync, readdirSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
const loadShippedPipeline = async () => process.env.PIPE ? await import(process.env.PIPE) : (await import('../bench/shipped-code')).loadShippedPipeline();
import { median } from '../bench/stats';
const { analyzePage, extract } = await loadShippedPipeline();
const dir = 'tests/fixtures/demo-site/articles';
const fx = 'tests/fixtures/pages';
const htmls = [...readdirSync(fx).filter(f=>/article/.test(f)).map(f=>readFileSync(fx+'/'+f,'utf8')), ...readdirSync(dir).map(f=>readFileSync(dir+'/'+f,'utf8'))];
const doc = (h: string) => parseHTML(h).document as any;
const texts = htmls.map(h => analyzePage(doc(h), null).article?.text).filter(Boolean) as string[];
const target = texts[texts.length - 3];
console.log('target chars', target.length);
const mode = process.env.MODE ?? 'bench';
const W = Number(process.env.W ?? 5);
for (let r = 0; r < W; r++) for (const h of htmls) { new Readability(doc(h)).parse(); const a = analyzePage(doc(h), null).article; if (a) extract(a.text); }
function t(f: () => void) { const t0 = performance.now(); f(); return performance.now() - t0; }
for (const m of ['alone', 'withdoc', 'alone']) {
  const xs: number[] = [];
  for (let i = 0; i < 25; i++) {
    if (m === 'withdoc') { new Readability(doc(htmls[htmls.length-3])).parse(); doc(htmls[htmls.length-3]); }
    xs.push(t(() => extract(target)));
  }
  console.log(m, median(xs).toFixed(3));
}
if (process.env.LOOP) { const xs: number[] = []; for (let i = 0; i < Number(process.env.LOOP); i++) { for (const tx of texts) { const t0 = performance.now(); extract(tx); xs.push(performance.now() - t0); } } console.log('loop total', xs.reduce((a,b)=>a+b,0).toFixed(1)); }
