// @vitest-environment node
/**
 * Article path patterns read into data and compiled (src/article/path-pattern.ts), then matched without a
 * RegExp by an automaton (src/article/path-dfa.ts), as the sites' gates do: on every adapter's patterns and
 * on patterns of every construct read, it must answer as RegExp.prototype.test does, on every path tried.
 */
import { describe, expect, it } from 'vitest';
import { siteAdapters } from '../../src/article';
import { AutomatonTooLarge, compilePathDfa, matchesPathDfa, type PathDfa } from '../../src/article/path-dfa';
import { compilePathPattern, gatePattern, readPathPattern, readPathPatterns, UnreadablePattern } from '../../src/article/path-pattern';

/** Pieces of paths, article-like and not, joined at random (seeded: every run tries the same paths). */
const PIECES = [
  '/', '/', '/', 'news', 'world', 'uk', 'article', 'articles', 'content', 'live', '2024', '03', '5', '11', '-', '-', '_',
  'a', 'story', 'ferry', '123456', '12345678', '68432109', 'a-1a2b3c4d', '.html', '.shtml', '1.2', '%', 'é', 'ü', 'Z', 'x',
  '20240305', '0f3a9b2c', 'mar', '\n', ' ', 'a-', 'n_', 'entry', 'story', 'en', 'de', 'politik', '0000-1111', '.', '$',
];

function randomPaths(count: number): string[] {
  let seed = 42;
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
  const paths: string[] = [];
  for (let i = 0; i < count; i++) {
    let path = next() < 0.9 ? '/' : '';
    const pieces = 1 + Math.floor(next() * 9);
    for (let j = 0; j < pieces; j++) path += PIECES[Math.floor(next() * PIECES.length)];
    paths.push(path);
  }
  return paths;
}

/** Paths each adapter's own patterns are likely to accept, so the corpus holds matches as well as refusals. */
const ARTICLE_PATHS = [
  '/news/2024-03-05/a-story/123456', '/news/2024/3/5/a-story', '/article/ferry-pier', '/local/east/2024/03/05/a', '/2024/03/05/a',
  '/news/world-68432109', '/news/uk/politics-123456', '/articles/c0ffee12', '/sport/articles/x', '/news/articles/2024-03-05/copper',
  '/news/world/a-story-1.7123456', '/cronaca/24_marzo_05/a-story.shtml', '/news/article-12345/a-story.html',
  '/de/politik/a-68432109', '/world/2024/03/05/a-story', '/2024-03-05/a.html', '/mundo/2024/03/a-story.shtml',
  '/en/france/20240305-paris-road', '/content/6f2b4c1a-3d5e-4f70-8a9b-0c1d2e3f4a5b', '/world/2024/mar/05/a-story',
  '/politik/ausland/ein-text-a-1a2b3c4d-0000', '/entry/a-story_n_123', '/ty-article/0000-1111', '/a-story-a1b2.html',
];
const paths = [...ARTICLE_PATHS, ...randomPaths(4_000)];

/** Short paths the constructs below accept or just miss. */
const CONSTRUCT_PATHS = ['/b', '/ab', '/aab', '/y', '/xy', '/a/', '/b/', '/a/b', '/ab/xy', '/ba/xyz', '/aa', '/az', '/abcz', '/abcdz', '/a-b/]', '/cce', '/de', '/e', '/ace', '/a', ''];

function agreesWithRegExp(sources: string[], extra: string[] = []): number {
  const dfa = compilePathDfa(compilePathPattern(readPathPatterns(sources)));
  const regexps = sources.map((source) => new RegExp(source));
  let accepted = 0;
  for (const path of [...paths, ...extra]) {
    const expected = regexps.some((re) => re.test(path));
    expect(matchesPathDfa(dfa, path), `${sources.join(' | ')} on ${JSON.stringify(path)}`).toBe(expected);
    if (expected) accepted++;
  }
  return accepted;
}

describe('article path patterns without a RegExp', () => {
  it("answer as RegExp does on every supported site's patterns", () => {
    let accepted = 0;
    for (const adapter of siteAdapters) accepted += agreesWithRegExp(adapter.articlePaths ?? []);
    // The corpus holds articles of the sites, not refusals alone.
    expect(accepted).toBeGreaterThan(40);
  });

  it('answer as RegExp does on every construct they read', () => {
    for (const source of [
      '^/\\d{4}/\\d{2}/\\d{2}/.+', '^/(?:news|sport)/article/', '^/(?:en/)?story/[a-z0-9-]+$', '^/(?:[a-z-]+/)*[a-z-]+-\\d{6,}',
      '^/[^/]{3}/x', '/article-\\d+\\.html$', '^/a|/b/', '^/(?:a|b)+?/\\w{2,3}', '[\\d_.-]{2,}$', '^/(?:a*)*$', '^/(?:a?){2}b',
      '^/(?:x|)y', '^/a/$/b', '$', '^', '[]', '[^]', '^/[a-c\\-]+/[\\]x]', '^/(?:(?:a|b)c|d)*e{0,1}$', '^/a.{0,3}z',
    ]) {
      agreesWithRegExp([source], CONSTRUCT_PATHS);
    }
    // Several patterns of one site: a path is its article path if any accepts it.
    expect(agreesWithRegExp(['^/news/\\d+', '/story-'])).toBeGreaterThan(0);
  });

  it('match a path of any length in one pass, with no recursion to overflow and no backtracking to blow up', () => {
    const dfa = (source: string) => compilePathDfa(compilePathPattern(readPathPattern(source)));
    expect(matchesPathDfa(dfa('^/(?:[a-z-]+/)*[a-z-]+-\\d{6,}'), `/${'ab-'.repeat(100_000)}1234567`)).toBe(true);
    expect(matchesPathDfa(dfa('^/(?:[a-z-]+/)*[a-z-]+-\\d{6,}'), `/${'ab-'.repeat(100_000)}12345`)).toBe(false);
    expect(matchesPathDfa(dfa('/story-.+\\.html$'), `/x/${'y'.repeat(200_000)}/story-${'z'.repeat(200_000)}.html`)).toBe(true);
  });

  it('read runs of characters as one step, and groups without a quantifier as their steps', () => {
    expect(readPathPattern('^/news/(?:uk/)\\d')).toEqual([{ start: true }, { text: '/news/uk/' }, { ranges: '09' }]);
    expect(readPathPattern('(?:ab)+')).toEqual([{ repeat: [{ text: 'ab' }], min: 1 }]);
    expect(readPathPattern('a{2,5}?')).toEqual([{ repeat: [{ text: 'a' }], min: 2, max: 5 }]);
    expect(readPathPattern('[^/a-c]')).toEqual([{ ranges: '//ac', not: true }]);
  });

  it('refuse what they do not read, with a reason, and leave such a site to a RegExp', () => {
    for (const source of ['^/(\\d+)/\\1', '^/(?!live)[a-z]+', '^/news\\b', '^/a\\sb', '^/[a-z', '^/(?:a', '^/a)', '^/[z-a]', '^/a{3,1}', '^/a+*', '^/a\\?b']) {
      expect(() => readPathPattern(source), source).toThrow(UnreadablePattern);
    }
    expect(gatePattern({ articlePaths: ['^/(?!live)[a-z]+/', '^/story/'] })).toBe('(?:^/(?!live)[a-z]+/)|(?:^/story/)');
    expect(gatePattern({ articlePaths: [] })).toBeNull();
    expect(gatePattern({})).toBeNull();
  });

  it('give every supported site a small automaton, so no gate uses a RegExp', () => {
    for (const adapter of siteAdapters) {
      const pattern = gatePattern(adapter);
      expect(typeof pattern, adapter.id).toBe('object');
      // States that answer alike are one: the longest site's pattern (six section names, then a date) needs under 60.
      expect((pattern as PathDfa).flags.length, adapter.id).toBeLessThan(60);
    }
    // "Four digits, a slash, two digits …": one state per character read, then accept; and every refusal one dead state.
    expect(compilePathDfa(compilePathPattern(readPathPattern('^/\\d{4}/\\d{2}/\\d{2}/.+'))).flags).toBe(`${'-'.repeat(13)}da`);
  });

  it('leave a pattern whose automaton would be too large to a RegExp', () => {
    // Whether the twelfth character from the end is an "a": one state for each of the 4,096 last twelve characters.
    const twelfthFromEnd = '/(?:a|b)*a(?:a|b){11}$';
    expect(() => compilePathDfa(compilePathPattern(readPathPattern(twelfthFromEnd)))).toThrow(AutomatonTooLarge);
    expect(gatePattern({ articlePaths: [twelfthFromEnd] })).toBe(`(?:${twelfthFromEnd})`);
    // With nine repeats it is 1,024 states: kept.
    expect(typeof gatePattern({ articlePaths: ['/(?:a|b)*a(?:a|b){9}$'] })).toBe('object');
  });
});
