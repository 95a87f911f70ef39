// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { collectParagraphs } from '../../src/article/text';
import { marksOf } from '../../src/content/marks';
import { mapArticleText } from '../../src/content/text-map';
import { expandedWidth, MAX_WIDTH, MIN_WIDTH } from '../../src/content/panel-geometry';
import { sampleContext } from './ui-fixtures';

function page(html: string): Element {
  document.body.innerHTML = `<article>${html}</article>`;
  return document.querySelector('article')!;
}

describe('text map: article text offsets back to DOM ranges', () => {
  test('across inline elements, collapsed whitespace, zero-width characters and <br>', () => {
    const root = page(`<h1>Headline</h1>
      <p>Activists   from <a href="#">All&nbsp;Out</a> and the
        <em>Russian\u200B LGBT</em> Network said</p>
      <figure><figcaption>Ignored caption</figcaption></figure>
      <p>Second<br>line about Novaya Gazeta.</p>`);
    // The article text exactly as src/article builds it from this page.
    const text = collectParagraphs(root, new Set()).join('\n\n');
    expect(text).toBe('Activists from All Out and the Russian LGBT Network said\n\nSecond line about Novaya Gazeta.');
    const map = mapArticleText(root, text);
    expect(map.placed).toBe(2);
    for (const phrase of ['All Out', 'Russian LGBT Network', 'Novaya Gazeta', 'Second line']) {
      const start = text.indexOf(phrase);
      const range = map.rangeOf(start, start + phrase.length)!;
      // A <br> contributes no character to the range's own text, so compare without spaces.
      expect(range.toString().replace(/[\s\u200B]/g, '')).toBe(phrase.replace(/\s/g, ''));
    }
    expect(root.innerHTML).toContain('<em>Russian\u200B LGBT</em>');
  });

  test('a span that is not in the page gives no range', () => {
    const root = page('<p>Only this paragraph.</p>');
    const map = mapArticleText(root, 'Only this paragraph.\n\nA paragraph from JSON-LD only.');
    expect(map.placed).toBe(1);
    expect(map.rangeOf(22, 30)).toBeNull();
    expect(map.rangeOf(5, 5)).toBeNull();
  });
});

describe('marks: what gets highlighted', () => {
  test('every whole-word mention of each source form, quotes, figures and corrections; in text order', () => {
    const text = 'Novaya Gazeta said. NovayaGazetaX no. The paper and Novaya Gazeta again.';
    const context = sampleContext();
    context.claims = [];
    context.corrections = [];
    const marks = marksOf(context, text);
    const novaya = marks.filter((m) => m.id === 'source:Novaya Gazeta').map((m) => text.slice(m.start, m.end));
    expect(novaya).toEqual(['Novaya Gazeta', 'Novaya Gazeta']);
    expect(marks.map((m) => m.start)).toEqual([...marks.map((m) => m.start)].sort((a, b) => a - b));

    const full = marksOf(sampleContext(), 'x'.repeat(200));
    expect(full.map((m) => m.id)).toEqual(['claim:60', 'figure:90', 'correction:160']);
  });

  test('no highlight for a name only listed as "also named": it has no card to open', () => {
    const text = 'Red Kites beat the Novaya Gazeta eleven.';
    const context = sampleContext();
    context.claims = [];
    context.corrections = [];
    context.sources.push({ name: 'Red Kites', kind: 'other', count: 1, forms: ['Red Kites'], role: null, firstSpan: { start: 0, end: 9 }, entity: null, matchedBy: null, cited: false });
    expect(marksOf(context, text).map((m) => m.id)).toEqual(['source:Novaya Gazeta']);
  });

  test('highlights a known name the article only mentions: its card stands under "Also named"', () => {
    const text = 'Red Kites beat the Novaya Gazeta eleven.';
    const context = sampleContext();
    context.claims = [];
    context.corrections = [];
    const novaya = context.sources[0]!;
    context.sources.push({ ...novaya, name: 'Red Kites', forms: ['Red Kites'], firstSpan: { start: 0, end: 9 }, entity: { ...novaya.entity!, id: 'kites', name: 'Red Kites' }, cited: false });
    expect(marksOf(context, text).map((m) => m.id)).toEqual(['source:Red Kites', 'source:Novaya Gazeta']);
  });
});

describe('panel geometry', () => {
  test('takes the free margin beside the article, within bounds', () => {
    expect(expandedWidth(1400, 892)).toBe(MAX_WIDTH);
    expect(expandedWidth(1400, 1020)).toBe(1400 - 1020 - 16);
    expect(expandedWidth(1000, 900)).toBe(MIN_WIDTH);
    expect(expandedWidth(360, 300)).toBe(360);
  });
});
