// @vitest-environment node
/**
 * The hand-written scanners of src/extract replace regular expressions that were too slow to compile
 * (Unicode property classes) or to run at every offset of a window. Each is checked here against
 * the expression it stands for, on random windows of strings built from the characters that matter
 * to it: letters and capitals beyond ASCII, surrogate pairs and their lone halves, marks, invisible
 * characters, spaces, signs and the words the expressions name. Fixed seeds replay any failure.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAcronym, tokenize } from '../../src/extract/tokens';
import { findHalves, findNumberWords } from '../../src/extract/figures/number-words';
import { paragraphs, sentences } from '../../src/extract/sentences';
import { classAt, codeAt, isSpaceAt, LETTER, NUMBER, runs } from '../../src/extract/chars';
import {
  dottedWordBefore,
  endsWithNameAndComma,
  endsWithOf,
  letterFollows,
  lettersAfter,
  lowerWordAfter,
  lowerWordAfterSpaces,
  lowerWordBefore,
  reportsAfter,
  wordBefore,
  wordBeforeLast,
} from '../../src/extract/scan';
import { ABBREVIATIONS, COMPANY_SUFFIXES, FUNCTION_WORDS, REPORTING_VERBS, VERB_FILLERS } from '../../src/extract/lexicon';

const SEED = 0x5ca11e5;
const RUNS = 4_000;
const PIECES = [
  'a', 'B', 'x', 'é', 'É', 'ж', 'Ж', 'ǅ', 'ſ', 'K', '𝐀', '𝐚', '\uD835', '\uDC00', '1', '٣', '𝟏', '\u0301', '\u200B', '\u00AD',
  ' ', '  ', '\u00a0', '\t', '\n', '.', ',', '-', '–', "'", '’', '"', '“', '”', '(', '!', '?', '…', '&', '+', '_',
  'the', 'The', 'of', 'in', 'town', 'said', 'SAID', 'has', 'also', 'No', 'Graham', 'people', 'half', 'Half',
  'one', 'seven', 'seventeen', 'Seventy', 'twenty', 'hundred', 'dozen', 'an', 'and', 'AND', 'third', 'often', 'Dr', 'U', 'mr',
  'in the ', 'shares in the ', ' the ', ', a nurse', ' has also said', 'one-third', ' - ', 'al-',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((p) => p.join(''));
/** The pieces and company suffixes, whose full stop may end a sentence ("Kelmor Inc. The …"). */
const sentenceText = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.constantFrom('Inc.', 'Co. ', ' This', ' “', 'A')), { maxLength: 14 }).map((p) => p.join(''));
/** A string and a window [lo, hi) of it, so every scanner also meets cut words and cut surrogate pairs. */
const windowed = text.chain((s) =>
  fc.tuple(fc.constant(s), fc.integer({ min: 0, max: s.length })).chain(([str, lo]) =>
    fc.tuple(fc.constant(str), fc.constant(lo), fc.integer({ min: lo, max: str.length })),
  ),
);

function agrees(scan: (s: string, lo: number, hi: number) => unknown, expected: (window: string) => unknown): void {
  fc.assert(
    fc.property(windowed, ([s, lo, hi]) => {
      expect(scan(s, lo, hi)).toEqual(expected(s.slice(lo, hi)));
    }),
    { seed: SEED, numRuns: RUNS },
  );
}

describe('window scanners agree with the expressions they replace', () => {
  it('wordBefore', () => agrees(wordBefore, (w) => /([\p{L}-]+)\s+(?:the\s+)?$/u.exec(w)?.[1]?.toLowerCase() ?? ''));
  it('lowerWordBefore', () => agrees(lowerWordBefore, (w) => /([\p{Ll}-]+),?\s+$/u.exec(w)?.[1] ?? ''));
  it('lowerWordAfter', () => agrees(lowerWordAfter, (w) => /^\s+([\p{Ll}-]+)/u.exec(w)?.[1] ?? ''));
  it('dottedWordBefore', () => agrees(dottedWordBefore, (w) => /([\p{L}.]+)[^\p{L}\p{N}]*$/u.exec(w)?.[1] ?? ''));
  it('lettersAfter', () => agrees(lettersAfter, (w) => /^[^\p{L}\p{N}]*(\p{L}+)/u.exec(w)?.[1] ?? ''));
  it('lowerWordAfterSpaces', () => agrees(lowerWordAfterSpaces, (w) => /^\s+(\p{Ll}[\p{L}'’-]*)/u.exec(w)?.[1] ?? ''));
  it('endsWithNameAndComma', () => agrees(endsWithNameAndComma, (w) => /\p{Lu}[\p{L}’'-]*,\s$/u.test(w)));
  it('letterFollows', () => agrees(letterFollows, (w) => /^(?:-\p{L}|\p{L})/u.test(w)));
  it('wordBeforeLast', () => agrees(wordBeforeLast, (w) => /([\p{L}]+)\s+\p{L}+\s+(?:the\s+)?$/u.exec(w)?.[1] ?? ''));
  it('reportsAfter', () =>
    agrees(reportsAfter, (w) => {
      for (const m of w.replace(/^,/, '').matchAll(/[\p{L}]+|[^\s\p{L}]/gu)) {
        const word = m[0].toLowerCase();
        if (REPORTING_VERBS.has(word)) return true;
        if (!VERB_FILLERS.has(word)) return false;
      }
      return false;
    }));
  it('endsWithOf holds wherever the settlement expression can match', () =>
    fc.assert(
      fc.property(windowed, ([s, lo, hi]) => {
        if (/\s+of\s+$/.test(s.slice(lo, hi))) expect(endsWithOf(s, lo, hi)).toBe(true);
      }),
      { seed: SEED, numRuns: RUNS },
    ));
});

describe('text scanners agree with the expressions they replace', () => {
  const NUMBER_WORD = '(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen)';
  const WORDS_RE = new RegExp(`(?<![\\p{L}\\p{N}-])(?:an?\\s+)?${NUMBER_WORD}(?:(?:\\s+and\\s+|[\\s-]+)${NUMBER_WORD})*(?![\\p{L}\\p{N}]|-\\p{L})`, 'giu');
  const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}\p{M}\u00AD\u200B-\u200D\u2060]*(?:[’'.&-][\p{L}\p{N}][\p{L}\p{N}\p{M}\u00AD\u200B-\u200D\u2060]*)*\+?/gu;
  // A full stop glued to a capitalised word after a lower-case one ("authorities.In") or after a whole
  // number of two digits or more ("24.Ana") also ends a sentence.
  const BOUNDARY = /[.!?…]+["”’»)\]]*(?=\s+["“‘«(\[]?[\p{Lu}\p{N}])|(?:(?<=\p{Ll}{3})|(?<=(?:^|\s)\p{N}{2,}))\.(?=\p{Lu}\p{Ll})/gu;
  const property = (check: (s: string) => void): void => fc.assert(fc.property(text, check), { seed: SEED, numRuns: RUNS });

  it('findNumberWords: number words standing alone, with "a"/"an" and joined by spaces, hyphens or "and"', () =>
    property((s) => {
      expect(findNumberWords(s).map((m) => [m.start, m.end])).toEqual([...s.matchAll(WORDS_RE)].map((m) => [m.index, m.index + m[0].length]));
    }));
  it('findHalves: "half" standing alone before "of" or "the"', () =>
    property((s) => {
      expect(findHalves(s)).toEqual([...s.matchAll(/(?<![\p{L}])[Hh]alf(?=\s+(?:of|the)\b)/gu)].map((m) => m.index));
    }));
  it('tokenize: words with their joiners, marks and invisible characters', () =>
    property((s) => {
      const words = [...s.matchAll(WORD_RE)].map((m) => {
        const possessive = /['’][sS]$/.test(m[0]) && m[0].length > 2;
        return [m.index, m.index + m[0].length - (possessive ? 2 : 0), possessive];
      });
      expect(tokenize(s, []).map((t) => [t.start, t.end, t.possessive])).toEqual(words);
    }));
  it('tokenize: capitals as /^(?:\\p{Lu}|\\p{Ll}+\\p{Lu}|\\p{N}+\\p{Lu})/u reads them, and so the part after an Arabic article ("al-Ahram")', () =>
    property((s) => {
      for (const t of tokenize(s, [])) expect(t.capitalised).toBe(/^(?:\p{Lu}|\p{Ll}+\p{Lu}|\p{N}+\p{Lu}|(?:al|el|ad|ash|as|at|az|ar|an)-(?:\p{Lu}|\p{Ll}+\p{Lu}|\p{N}+\p{Lu}))/u.test(t.text));
    }));
  it('isAcronym', () =>
    property((s) => {
      expect(isAcronym(s)).toBe(/^[\p{Lu}\p{N}&.+-]{2,}$/u.test(s) && /\p{Lu}.*\p{Lu}|\p{Lu}\p{N}|\p{N}\p{Lu}/u.test(s));
    }));
  it('codeAt reads as charCodeAt, NaN outside the string; classAt and isSpaceAt see nothing there', () =>
    property((s) => {
      for (let i = -2; i <= s.length + 1; i++) expect(codeAt(s, i)).toBe(s.charCodeAt(i));
      for (const i of [-2, -1, s.length, s.length + 1]) {
        expect(classAt(s, i)).toBe(0);
        expect(isSpaceAt(s, i)).toBe(false);
      }
    }));
  it('runs', () =>
    property((s) => {
      expect(runs(s, LETTER)).toEqual(s.match(/\p{L}+/gu) ?? []);
      expect(runs(s, LETTER | NUMBER)).toEqual(s.split(/[^\p{L}\p{N}]+/u).filter(Boolean));
    }));
  it('sentences: as the boundary and abbreviation expressions split them', () =>
    fc.assert(fc.property(sentenceText, (s) => {
      const paras = paragraphs(s);
      const expected = paras.flatMap((p, para) => {
        const body = s.slice(p.start, p.end);
        const out: { start: number; end: number; para: number }[] = [];
        let start = 0;
        for (const m of body.matchAll(BOUNDARY)) {
          if (m[0] === '.') {
            const word = /([\p{L}.]+)$/u.exec(body.slice(Math.max(0, m.index - 12), m.index))?.[1] ?? '';
            const last = word.split('.').pop() ?? '';
            // "Kelmor Inc. "This …" / "Kelmor Inc. The …": a company suffix before a quote mark or a capitalised function word ends the sentence.
            const next = /^\s+(?:["“‘«]|(\p{Lu}\p{Ll}*)(?!\p{L}))/u.exec(body.slice(m.index + 1));
            const ends = COMPANY_SUFFIXES.has(last.toLowerCase()) && next !== null && (next[1] === undefined || FUNCTION_WORDS.has(next[1].toLowerCase()));
            if (!ends && (ABBREVIATIONS.has(last.toLowerCase()) || /^\p{Lu}$/u.test(last))) continue;
          }
          const end = m.index + m[0].length;
          out.push({ start: p.start + start, end: p.start + end, para });
          start = end + (/^\s*/.exec(body.slice(end))?.[0].length ?? 0);
        }
        if (start < body.length) out.push({ start: p.start + start, end: p.end, para });
        return out;
      });
      expect(sentences(s, paras)).toEqual(expected);
    }), { seed: SEED, numRuns: RUNS }));
});
