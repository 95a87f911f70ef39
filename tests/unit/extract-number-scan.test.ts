// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findNumbers, numberScan } from '../../src/extract/figures/numbers';
import { paragraphs, sentences } from '../../src/extract/sentences';
import { tokenize } from '../../src/extract/tokens';

// Pieces that make number words, split them, or hide them: signs, marks, invisible characters, case.
const PIECES = [
  'one', 'two', 'twenty', 'Thirty', 'hundred', 'dozen', 'a', 'half', 'million', 'bn', '1.2', '38', '%', '$4', '3-4',
  'people', 'Said', 'ſeven', 'ONE', '\u00AD', '\u200B', '’s', '-', ' ', ' ', ' ', ', ', '. ', '\n\n', 'é', 'Ⅻ', '٣',
];

function agrees(text: string): void {
  const paras = paragraphs(text);
  const sents = sentences(text, paras);
  const tokens = tokenize(text, sents);
  for (const s of sents) {
    const scan = numberScan(tokens, s);
    if (!scan) continue;
    // The same scans over the whole sentence: the words numberScan keeps must lose nothing.
    const whole = findNumbers(text, s.start, s.end, { kinds: scan.kinds, words: [{ start: s.start, end: s.end }] });
    expect(findNumbers(text, s.start, s.end, scan), JSON.stringify(text.slice(s.start, s.end))).toEqual(whole);
  }
}

describe('number scan', () => {
  it('finds in the words it keeps exactly what the same scans of the whole sentence find', () => {
    agrees('About twenty-one people and a dozen others, one\u00ADtwo of them, ſeven in all; half of 38% fell to $4bn.');
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) => agrees(pieces.join(''))),
      { numRuns: 400, seed: 7 },
    );
  });
});
