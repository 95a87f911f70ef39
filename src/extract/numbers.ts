/** A number written in the text, with what its own notation says ("38%", "$4bn", "a dozen"). */
export interface NumberHit {
  value: number;
  start: number;
  end: number;
  /** "%" for percentages, the currency sign for amounts, else null. */
  unit: string | null;
  /** Written as words ("three"), which are weaker evidence than digits. */
  words: boolean;
  /** Plain integer of four digits: maybe a year. */
  yearLike: boolean;
  /** Low end of a range ("10-15", "10–15"): the text says at least this many. */
  rangeLow?: boolean;
}

const SMALL = 'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(' ');
const TENS = 'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ');
const SCALE: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const WORD_VALUE = new Map<string, number>([
  ...SMALL.map((w, i) => [w, i] as const),
  ...TENS.map((w, i) => [w, (i + 2) * 10] as const),
]);
const NUMBER_WORD = `(?:${[...SMALL, ...TENS, ...Object.keys(SCALE), 'dozen'].join('|')})`;
// Separators are either "and" or spaces/hyphens, never both, so matching stays linear.
const WORDS_RE = new RegExp(
  `(?<![\\p{L}\\p{N}-])(?:an?\\s+)?${NUMBER_WORD}(?:(?:\\s+and\\s+|[\\s-]+)${NUMBER_WORD})*(?![\\p{L}\\p{N}]|-\\p{L})`,
  'giu',
);
const DIGITS_RE = /([$€£¥]\s?)?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?/g;
const SUFFIX_SCALE: [RegExp, number][] = [
  [/^\s?(?:trillion|tn)\b/i, 1e12],
  [/^\s?(?:billion|bn)\b/i, 1e9],
  [/^\s?million\b|^(?:mn|m)\b/i, 1e6],
  [/^\s?thousand\b|^k\b/i, 1e3],
];
const PERCENT = /^\s?(?:%|per ?cent\b|percent\b)/i;
// A literal start without the u/i flags lets the engine skip ahead to each "half" instead of testing every position.
const HALF_RE = /(?<![\p{L}])[Hh]alf(?=\s+(?:of|the)\b)/gu;

/** Numbers in text[from, to): digits with their notation, number words, and "half (of)" as 50%. */
export function findNumbers(text: string, from: number, to: number): NumberHit[] {
  const slice = text.slice(from, to);
  const hits: NumberHit[] = [];
  for (const m of slice.matchAll(DIGITS_RE)) {
    const hit = digitHit(slice, m);
    if (hit) hits.push({ ...hit, start: hit.start + from, end: hit.end + from });
  }
  const digits = hits.length;
  let k = 0;
  for (const m of slice.matchAll(WORDS_RE)) {
    const value = wordsValue(m[0]);
    const start = from + (m.index ?? 0);
    // "million" in "1.2 million" already belongs to the digits before it (both lists are in order).
    while (k < digits && hits[k]!.end <= start) k++;
    const inDigits = k < digits && hits[k]!.start < start + m[0].length;
    if (value !== null && !inDigits) hits.push({ value, start, end: start + m[0].length, unit: null, words: true, yearLike: false });
  }
  for (const m of slice.matchAll(HALF_RE)) {
    const start = from + (m.index ?? 0);
    hits.push({ value: 50, start, end: start + 4, unit: '%', words: true, yearLike: false });
  }
  return hits.sort((a, b) => a.start - b.start);
}

function digitHit(slice: string, m: RegExpMatchArray): NumberHit | null {
  const start = m.index ?? 0;
  let end = start + m[0].length;
  // Part of a name, code, date or time: "G20", "COVID-19", "24/6", "10:30", "v1.2".
  if (/[\p{L}\p{N}\-–/.:#]/u.test(slice[start - 1] ?? '')) return null;
  const after = slice.slice(end, end + 12);
  if (/^(?:[:/]\d|st\b|nd\b|rd\b|th\b|s\b|\s?[ap]\.?m\b\.?)/i.test(after)) return null;
  const currency = m[1]?.trim() ?? null;
  let value = Number(m[2]!.replace(/,/g, '') + (m[3] ?? ''));
  let unit: string | null = currency;
  let scaled = false;
  for (const [re, scale] of SUFFIX_SCALE) {
    const s = re.exec(after);
    // A bare "m" is a scale only for money ("$4m"); otherwise it is metres.
    if (s && (currency || !/^m\b/i.test(s[0]))) {
      // 4.1 × 1e9 is 4099999999.9999995 in floating point; figures are compared for equality.
      value = Number((value * scale).toPrecision(15));
      end += s[0].length;
      scaled = true;
      break;
    }
  }
  const pct = scaled ? null : PERCENT.exec(after);
  if (pct) {
    unit = '%';
    end += pct[0].length;
  }
  // Compound adjectives ("34-year-old", "10-day") and codes ("4x4", "5G") are not counts.
  if (!scaled && !pct && /^(?:-\p{L}|\p{L})/u.test(after)) return null;
  const yearLike = !currency && !scaled && !pct && !m[3] && /^\d{4}$/.test(m[2]!);
  // "10-15 people": a range reads as its low end with ">="; "3-2" (a score, high end lower) is no range.
  const high = /^\s?[-–]\s?(\d+(?:\.\d+)?)(?![\d.:/])/.exec(after)?.[1];
  const rangeLow = high !== undefined && !yearLike && Number(high) > Number(m[2]!.replace(/,/g, '') + (m[3] ?? ''));
  return { value, start, end, unit, words: false, yearLike, rangeLow };
}

/** "three hundred and fifty" → 350, "a dozen" → 12, "1 million" is handled by digitHit. */
function wordsValue(phrase: string): number | null {
  let total = 0;
  let current = 0;
  let seen = false;
  for (const raw of phrase.toLowerCase().split(/[\s-]+/)) {
    if (raw === 'and' || raw === 'a' || raw === 'an') continue;
    const small = WORD_VALUE.get(raw);
    if (small !== undefined) {
      current += small;
    } else if (raw === 'dozen') {
      current = (current || 1) * 12;
    } else if (raw === 'hundred') {
      current = (current || 1) * 100;
    } else {
      const scale = SCALE[raw];
      if (scale === undefined) return null;
      total += (current || 1) * scale;
      current = 0;
    }
    seen = true;
  }
  return seen ? total + current : null;
}
