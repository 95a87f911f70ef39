/**
 * A site's article URLs as the manifest's `include_globs` (`*` any run of characters, `?` one
 * character, matched against the whole URL): the browser then puts no script at all into the site's
 * other pages, where the gate would cost each page its evaluation. Built from the adapters' article
 * path patterns at build time. A glob may accept more than its pattern (the gate, which runs wherever
 * a glob matches, still tests the pattern) but must never refuse an address the pattern accepts, as
 * browsers write addresses (letters and digits unencoded; the pattern reads the decoded path).
 */
import { supportedMatchPatterns } from './sites';
import type { SiteAdapter } from './types';

/** A pattern of more alternatives than this is not worth its manifest lines: the gate runs on all the site's pages. */
const MAX_ALTERNATIVES = 24;

/** What a part of a pattern can match: a list of glob alternatives. */
type Alternatives = string[];

/** Thrown where a pattern uses what a glob cannot stand for; the site then keeps the gate on every page. */
class Inexpressible extends Error {}

/** Classes of ASCII characters alone, which the URL keeps unencoded: `?` stands for one of them exactly. */
const ASCII_CLASS = /^\[[^\]^]*\]$/;

/**
 * Any one character, where it may be one the URL encodes: three to twelve of the URL's characters, so
 * `?` would refuse it; `?*` never does.
 */
const ANY_CHARACTER = '?*';

class PatternReader {
  private at = 0;
  private depth = 0;
  private topLevelBar = false;

  constructor(private readonly source: string) {}

  /** The whole pattern: its alternatives, and whether it is anchored at the start of the path. */
  read(): { anchored: boolean; alternatives: Alternatives } {
    const anchored = this.source.startsWith('^');
    if (anchored) this.at = 1;
    const alternatives = this.alternation();
    // "^a|b" anchors a alone: read as anchored, b would be refused where it stands later in the path.
    if (anchored && this.topLevelBar) throw new Inexpressible('an alternative outside the anchor');
    if (this.at < this.source.length) throw new Inexpressible(`unexpected ${this.source[this.at]}`);
    return { anchored, alternatives };
  }

  private alternation(): Alternatives {
    const all = this.sequence();
    while (this.source[this.at] === '|') {
      if (this.depth === 0) this.topLevelBar = true;
      this.at++;
      all.push(...this.sequence());
    }
    return capped(all);
  }

  private sequence(): Alternatives {
    let globs: Alternatives = [''];
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      if (this.source[this.at] === '$' && this.endsAfter(this.at + 1)) {
        // The URL may go on with a query or a fragment: every glob ends with `*` anyway.
        this.at++;
        continue;
      }
      const part = this.quantified(this.atom());
      globs = capped(globs.flatMap((head) => part.map((tail) => head + tail)));
    }
    return globs;
  }

  /** Whether the pattern (or its group) ends at `i`. */
  private endsAfter(i: number): boolean {
    return i === this.source.length || this.source[i] === '|' || this.source[i] === ')';
  }

  /** One atom: its alternatives. */
  private atom(): Alternatives {
    const c = this.source[this.at]!;
    if (c === '(') {
      if (!this.source.startsWith('(?:', this.at)) throw new Inexpressible('capturing or lookaround group');
      this.at += 3;
      this.depth++;
      const inner = this.alternation();
      this.depth--;
      if (this.source[this.at] !== ')') throw new Inexpressible('unclosed group');
      this.at++;
      return inner;
    }
    if (c === '[') {
      const close = this.source.indexOf(']', this.at + 2);
      if (close < 0) throw new Inexpressible('unclosed class');
      const cls = this.source.slice(this.at, close + 1);
      this.at = close + 1;
      return [ASCII_CLASS.test(cls) ? '?' : ANY_CHARACTER];
    }
    if (c === '\\') {
      const escaped = this.source.slice(this.at, this.at + 2);
      this.at += 2;
      if (escaped === '\\d' || escaped === '\\w') return ['?'];
      if (/^\\[./\-_~]$/.test(escaped)) return [escaped[1]!];
      throw new Inexpressible(`escape ${escaped}`);
    }
    this.at++;
    if (c === '.') return [ANY_CHARACTER];
    if (/[A-Za-z0-9/\-_~%,=&;:@!']/.test(c)) return [c];
    throw new Inexpressible(`character ${c}`);
  }

  /** The atom under its quantifier, if any: exact where a glob can say it, wider where it cannot. */
  private quantified(atom: Alternatives): Alternatives {
    const q = /^(?:[*+?]|\{(\d+)(,(\d*))?\})\??/.exec(this.source.slice(this.at));
    if (!q) return atom;
    this.at += q[0].length;
    const kind = q[0][0];
    if (kind === '?') return ['', ...atom];
    const least = kind === '+' ? 1 : kind === '{' ? Number(q[1]) : 0;
    const exact = kind === '{' && q[2] === undefined;
    let globs: Alternatives = [''];
    for (let i = 0; i < least; i++) globs = capped(globs.flatMap((head) => atom.map((tail) => head + tail)));
    return exact ? globs : globs.map((glob) => `${glob}*`);
  }
}

function capped(globs: Alternatives): Alternatives {
  if (globs.length > MAX_ALTERNATIVES) throw new Inexpressible('too many alternatives');
  return globs;
}

/** `**` says no more than `*`. */
const tidy = (glob: string) => glob.replace(/\*{2,}/g, '*');

/**
 * The `include_globs` of the site's article URLs, one per host (and its subdomains) and alternative;
 * null where the site has no article paths or a pattern a glob cannot stand for (the gate then runs
 * on all of the site's pages and decides alone).
 */
export function articleGlobs(adapter: Pick<SiteAdapter, 'hosts' | 'articlePaths'>): string[] | null {
  if (!adapter.articlePaths?.length) return null;
  const globs = new Set<string>();
  try {
    for (const source of adapter.articlePaths) {
      const { anchored, alternatives } = new PatternReader(source).read();
      for (const path of alternatives) {
        for (const host of adapter.hosts) {
          for (const origin of [`*://${host}`, `*://*.${host}`]) {
            globs.add(tidy(anchored ? `${origin}${path}*` : `${origin}*${path}*`));
          }
        }
      }
    }
  } catch (e) {
    if (e instanceof Inexpressible) return null;
    throw e;
  }
  return [...globs];
}

/** Where the manifest puts the gate: a site's pages, narrowed to its article URLs where globs can say them. */
export interface GateTarget {
  matches: string[];
  include_globs?: string[];
}

/** The gate's manifest targets: one per site its globs narrow, one for all the other sites' pages. */
export function gateTargets(adapters: readonly SiteAdapter[]): GateTarget[] {
  const everyPage: SiteAdapter[] = [];
  const targets: GateTarget[] = [];
  for (const adapter of adapters) {
    const globs = articleGlobs(adapter);
    if (globs) targets.push({ matches: supportedMatchPatterns([adapter]), include_globs: globs });
    else everyPage.push(adapter);
  }
  if (everyPage.length > 0) targets.push({ matches: supportedMatchPatterns(everyPage) });
  return targets;
}
