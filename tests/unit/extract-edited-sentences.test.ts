// @vitest-environment node
/**
 * Rules read words around a cue by index (the word before a verb, the one after "on", the subject after "but"); a
 * sentence cut short or edited can leave such an index outside the sentence. Real text does this: a quote's tag that
 * opens with a lower-case word, a paragraph cut at "but", a line that ends on "reported on". One rule that throws
 * loses the whole article's sources and claims, so every reading of every sentence must finish.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../src/article';
import { extract } from '../../src/extract';
import { figure } from './extract-helpers';

const root = fileURLToPath(new URL('../..', import.meta.url));
const reference = join(root, '../shared/corpus/seed-chechnya/article.txt');

function articleTexts(): string[] {
  const texts = [readFileSync(reference, 'utf8')];
  for (const dir of ['tests/fixtures/pages', 'tests/eval/pages', 'tests/fixtures/demo-site/articles']) {
    for (const file of readdirSync(join(root, dir)).filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(join(root, dir, file), 'utf8');
      const text = analyzePage(parseHTML(html).document as unknown as Document, null).article?.text;
      if (text) texts.push(text);
    }
  }
  return texts;
}

const sentencesOf = (text: string): string[] => text.split(/(?<=[.!?]["”’]?)\s+(?=["“‘]?\p{Lu})/u).filter((s) => s.length > 20);

/** The sentence cut after and before each word, and without each word: the shapes a cut paragraph or an edit leaves. */
function edits(sentence: string): string[] {
  const words = sentence.split(' ');
  const out: string[] = [];
  for (let k = 1; k < words.length; k++) out.push(words.slice(0, k).join(' '), words.slice(k).join(' '), [...words.slice(0, k), ...words.slice(k + 1)].join(' '));
  return out;
}

describe('cut and edited sentences', () => {
  it('a quote tag opening with a lower-case word before the title and name reads the name', () => {
    const text = 'Nine rangers were caught in the "sudden turn of the blaze" of whom five were taken to hospital, minister Okafor told reporters on Monday.';
    expect(figure(text, 'five').value).toBe(5);
  });

  it('a sentence that ends on "reported on", "but", a bare noun phrase or an opening phrase is read to its end', () => {
    for (const text of [
      'The agency said it had found no new cases in the latest week, local radio reported on',
      'On Friday, a court in Ostra confirmed the result announced by the commission, but',
      'estimate on rainfall totals in the spring.',
      'In each case',
    ]) {
      expect(() => extract(text), text).not.toThrow();
    }
  });

  it('every cut and edit of every sentence of the fixture, eval and reference articles is read without an error', () => {
    const failures: string[] = [];
    let runs = 0;
    for (const sentence of articleTexts().flatMap(sentencesOf)) {
      for (const edited of [sentence, ...edits(sentence)]) {
        runs++;
        try {
          extract(edited);
        } catch (e) {
          if (failures.length < 5) failures.push(`${(e as Error).message}: ${edited}`);
        }
      }
    }
    expect(runs).toBeGreaterThan(20_000);
    expect(failures).toEqual([]);
  }, 120_000);
});
