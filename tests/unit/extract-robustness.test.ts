// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extract, MAX_CHARS } from '../../src/extract';

/** Deterministic pseudo-random generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function randomText(length: number, alphabet: string, seed: number): string {
  const next = random(seed);
  const out: string[] = [];
  for (let i = 0; i < length; i++) out.push(alphabet[Math.floor(next() * alphabet.length)]!);
  return out.join('');
}
function timed<T>(fn: () => T): [T, number] {
  const t = performance.now();
  const value = fn();
  return [value, performance.now() - t];
}

/**
 * A bound against runaway work (a regex that backtracks without end, a loop that never gives up), not a
 * measure of speed (npm run bench measures that): 1 MB of garbage takes 1-2 s alone, and was seen at 6-8.5 s
 * while other test runs shared the machine's two cores.
 */
const BOUND_MS = 15_000;

const PRINTABLE = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('') + '\n\n“”‘’«»„—–';

describe('garbage input', () => {
  it('returns nothing for empty or blank text', () => {
    expect(extract('')).toEqual({ mentions: [], claims: [] });
    expect(extract(' \n\n\t ')).toEqual({ mentions: [], claims: [] });
  });

  it('handles 1 MB of random characters quickly and with valid spans', () => {
    const text = randomText(1_000_000, PRINTABLE, 42);
    const [r, ms] = timed(() => extract(text));
    expect(ms).toBeLessThan(BOUND_MS);
    for (const c of r.claims) {
      expect(c.span.end).toBeLessThanOrEqual(MAX_CHARS);
      expect(text.slice(c.span.start, c.span.end)).toBe(c.text);
    }
    for (const m of r.mentions) expect(m.spans).toHaveLength(m.count);
  });

  it('handles random code points from every plane', () => {
    const next = random(7);
    const text = Array.from({ length: 200_000 }, () => String.fromCodePoint(Math.floor(next() * 0x2ffff))).join('');
    const [r, ms] = timed(() => extract(text));
    expect(ms).toBeLessThan(BOUND_MS);
    expect(Array.isArray(r.mentions) && Array.isArray(r.claims)).toBe(true);
  });

  it('handles pathological repetition without backtracking blow-ups', () => {
    const inputs = [
      'Aaa '.repeat(250_000),
      '“a b c '.repeat(150_000),
      '1,000,000,000,'.repeat(50_000),
      'twenty-one-'.repeat(60_000),
      'at least '.repeat(100_000),
      '. '.repeat(300_000),
    ];
    for (const text of inputs) {
      const [, ms] = timed(() => extract(text));
      expect(ms, text.slice(0, 20)).toBeLessThan(BOUND_MS);
    }
  });

  it('reads only the first MAX_CHARS of a 5 MB article', () => {
    const paragraph = 'Reuters reported that at least 12 people were killed in Kabul. "We are still counting," said Amina Noor.\n\n';
    const text = paragraph.repeat(Math.ceil(5_000_000 / paragraph.length));
    const [r, ms] = timed(() => extract(text));
    expect(ms).toBeLessThan(BOUND_MS);
    expect(Math.max(...r.claims.map((c) => c.span.end))).toBeLessThanOrEqual(MAX_CHARS);
    expect(r.mentions.find((m) => m.name === 'Reuters')?.kind).toBe('outlet');
  });

  it('keeps names broken by zero-width characters and reports clean names', () => {
    const text = 'Vla\u200Bdimir Putin met Donald\u200D Trump.\u200B\n\n\u200B“We had a very good meeting,” Putin said.';
    const r = extract(text);
    expect(r.mentions.map((m) => m.name)).toEqual(['Vladimir Putin', 'Donald Trump']);
    expect(r.claims.find((c) => c.kind === 'quote')?.attributedTo).toBe('Vladimir Putin');
    // Forms are clean; spans still point at the raw text, invisible characters included.
    expect(r.mentions[0]!.forms).toEqual(['Vladimir Putin', 'Putin']);
    expect(r.mentions[0]!.spans.map((s) => text.slice(s.start, s.end))).toEqual(['Vla\u200Bdimir Putin', 'Putin']);
  });

  it('handles right-to-left text and mixed scripts', () => {
    const text = 'قال المتحدث باسم الوزارة إن 12 شخصا قتلوا. \u202Bשלום עולם\u202C\n\n«هذا أمر خطير جدا» قال.\n\nReuters said 5 were detained.';
    const r = extract(text);
    expect(r.mentions.map((m) => m.name)).toEqual(['Reuters']);
    const detained = r.claims.find((c) => c.kind === 'figure' && c.figures[0]!.value === 5);
    expect(detained).toMatchObject({ attributedTo: 'Reuters', figures: [{ about: 'detained' }] });
  });

  it('is deterministic', () => {
    const text = randomText(50_000, PRINTABLE + 'The Said Putin ten 100 ', 3);
    expect(JSON.stringify(extract(text))).toBe(JSON.stringify(extract(text)));
  });
});
