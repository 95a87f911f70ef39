/**
 * A site's article URLs as the manifest's `include_globs` (`*` any run of characters, `?` one
 * character, matched against the whole URL): the browser then puts no script at all into the site's
 * other pages, where the gate would cost each page its evaluation. Built from the adapters' article
 * path patterns at build time. A glob may accept more than its pattern (the gate, which runs wherever
 * a glob matches, still tests the pattern) but must never refuse an address the pattern accepts, as
 * browsers write addresses (letters and digits unencoded; the pattern reads the decoded path).
 */
import { readPathPatterns, UnreadablePattern, type PathPattern, type PatternNode } from './path-pattern';
import { supportedMatchPatterns } from './sites';
import type { SiteAdapter } from './types';

/** A pattern of more alternatives than this is not worth its manifest lines: the gate runs on all the site's pages. */
const MAX_ALTERNATIVES = 24;

/** What a part of a pattern can match: a list of glob alternatives. */
type Alternatives = string[];

/** Thrown where a pattern uses what a glob cannot stand for; the site then keeps the gate on every page. */
class Inexpressible extends Error {}

/**
 * Any one character, where it may be one the URL encodes: three to twelve of the URL's characters, so
 * `?` would refuse it; `?*` never does.
 */
const ANY_CHARACTER = '?*';

/** Whether a class matches ASCII characters alone, which the URL keeps unencoded: `?` then stands for one exactly. */
function asciiOnly(node: { ranges: string; not?: true }): boolean {
  if (node.not) return false;
  for (let i = 0; i < node.ranges.length; i++) if (node.ranges.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** The steps in a row: each alternative of each step after each of the steps before. */
function sequenceGlobs(pattern: PathPattern): Alternatives {
  let globs: Alternatives = [''];
  for (const node of pattern) {
    const part = nodeGlobs(node);
    globs = capped(globs.flatMap((head) => part.map((tail) => head + tail)));
  }
  return globs;
}

/** One step, exact where a glob can say it and wider where it cannot. */
function nodeGlobs(node: PatternNode): Alternatives {
  if ('text' in node) return [node.text];
  if ('ranges' in node) return [asciiOnly(node) ? '?' : ANY_CHARACTER];
  if ('either' in node) return capped(node.either.flatMap(sequenceGlobs));
  if ('repeat' in node) {
    const once = sequenceGlobs(node.repeat);
    if (node.min === 0 && node.max === 1) return ['', ...once];
    let globs: Alternatives = [''];
    for (let i = 0; i < node.min; i++) globs = capped(globs.flatMap((head) => once.map((tail) => head + tail)));
    return node.max === node.min ? globs : globs.map((glob) => `${glob}*`);
  }
  // The URL may go on with a query or a fragment after the path's end: every glob ends with `*` anyway.
  if ('end' in node) return [''];
  throw new Inexpressible('an anchor inside the pattern');
}

/** The pattern's alternatives at its top level, each of which may be anchored on its own ("^/a/|/b/"). */
function topLevelOptions(pattern: PathPattern): PathPattern[] {
  const only = pattern.length === 1 ? pattern[0]! : null;
  return only && 'either' in only ? only.either.flatMap(topLevelOptions) : [pattern];
}

/** A pattern's path globs: anchored at the path's start where it is, else anywhere after the host. */
function pathGlobs(pattern: PathPattern): Alternatives {
  return capped(
    topLevelOptions(pattern).flatMap((option) => {
      const anchored = option.length > 0 && 'start' in option[0]!;
      return sequenceGlobs(anchored ? option.slice(1) : option).map((path) => (anchored ? path : `*${path}`));
    }),
  );
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
    for (const path of pathGlobs(readPathPatterns(adapter.articlePaths))) {
      for (const host of adapter.hosts) {
        for (const origin of [`*://${host}`, `*://*.${host}`]) globs.add(tidy(`${origin}${path}*`));
      }
    }
  } catch (e) {
    if (e instanceof Inexpressible || e instanceof UnreadablePattern) return null;
    throw e;
  }
  return [...globs];
}

/** A content-script entry's pages: match patterns, and the globs that narrow them. */
export interface GateTarget {
  matches: string[];
  include_globs?: string[];
}

/** Where the manifest puts a site's gate: the site's pages, narrowed to its article URLs where globs can say them. */
export function gateTarget(adapter: SiteAdapter): GateTarget {
  const matches = supportedMatchPatterns([adapter]);
  const globs = articleGlobs(adapter);
  return globs ? { matches, include_globs: globs } : { matches };
}
