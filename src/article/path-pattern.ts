/**
 * A site adapter's article path patterns (regular expressions) read into data at build time, for the two
 * places that must say them without a RegExp: the manifest's include_globs (article-globs.ts) and the
 * gate (path-dfa.ts), where a page's first RegExp costs more than all the rest of the gate's test. It
 * reads the subset the adapters write — anchors, literal characters, classes, `\d`, `\w`, `.`,
 * non-capturing groups, alternatives, quantifiers — and refuses the rest (lookarounds, capturing groups,
 * other escapes): a pattern it refuses is left to a RegExp.
 */

import type { GatePattern } from './gate';
import { AutomatonTooLarge, compilePathDfa } from './path-dfa';
import type { SiteAdapter } from './types';

/** One step of a path pattern, matched against the decoded path as RegExp (no flags) would. */
export type PatternNode =
  /** These characters. */
  | { text: string }
  /** One character within the ranges (pairs of first and last character), or with `not`, outside them. */
  | { ranges: string; not?: true }
  /** One of these sequences. */
  | { either: PathPattern[] }
  /** The sequence, `min` to `max` times (no `max`: no limit). */
  | { repeat: PathPattern; min: number; max?: number }
  /** The start of the path. */
  | { start: true }
  /** The end of the path. */
  | { end: true };

export type PathPattern = PatternNode[];

/** Thrown for a pattern outside the subset read here. */
export class UnreadablePattern extends Error {}

const DIGIT = '09';
const WORD = 'AZaz09__';
/** What `.` does not match. */
const LINE_ENDS = '\n\n\r\r\u2028\u2028\u2029\u2029';
/** Characters that stand for themselves outside a class (the rest have a meaning, or are not in the adapters' paths). */
const LITERAL = /[A-Za-z0-9/\-_~%,=&;:@!']/;
/** Characters an adapter may escape to stand for themselves. */
const ESCAPED_LITERAL = /[./\-_~]/;
const QUANTIFIER = /^(?:[*+?]|\{(\d+)(,(\d*))?\})\??/;

class PatternReader {
  private at = 0;

  constructor(private readonly source: string) {}

  read(): PathPattern {
    const pattern = this.alternation();
    if (this.at < this.source.length) throw new UnreadablePattern(`unexpected ${this.source[this.at]}`);
    return pattern;
  }

  private alternation(): PathPattern {
    const options = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at++;
      options.push(this.sequence());
    }
    return options.length === 1 ? options[0]! : [{ either: options }];
  }

  private sequence(): PathPattern {
    const nodes: PathPattern = [];
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const c = this.source[this.at]!;
      if (c === '^' || c === '$') {
        this.at++;
        nodes.push(c === '^' ? { start: true } : { end: true });
        continue;
      }
      const part = this.quantified(this.atom());
      for (const node of Array.isArray(part) ? part : [part]) {
        const last = nodes[nodes.length - 1];
        // Runs of characters are one step: the matcher then compares them at once.
        if ('text' in node && last && 'text' in last) nodes[nodes.length - 1] = { text: last.text + node.text };
        else nodes.push(node);
      }
    }
    return nodes;
  }

  private atom(): PatternNode | PathPattern {
    const c = this.source[this.at]!;
    if (c === '(') {
      if (!this.source.startsWith('(?:', this.at)) throw new UnreadablePattern('capturing or lookaround group');
      this.at += 3;
      const inner = this.alternation();
      if (this.source[this.at] !== ')') throw new UnreadablePattern('unclosed group');
      this.at++;
      return inner;
    }
    if (c === '[') return this.characterClass();
    if (c === '\\') {
      const escaped = this.source[this.at + 1] ?? '';
      this.at += 2;
      if (escaped === 'd') return { ranges: DIGIT };
      if (escaped === 'w') return { ranges: WORD };
      if (ESCAPED_LITERAL.test(escaped)) return { text: escaped };
      throw new UnreadablePattern(`escape \\${escaped}`);
    }
    this.at++;
    if (c === '.') return { ranges: LINE_ENDS, not: true };
    if (LITERAL.test(c)) return { text: c };
    throw new UnreadablePattern(`character ${c}`);
  }

  /** `[...]` or `[^...]`: single characters, ranges and `\d`/`\w` inside. */
  private characterClass(): PatternNode {
    this.at++;
    const not = this.source[this.at] === '^';
    if (not) this.at++;
    let ranges = '';
    while (this.source[this.at] !== ']') {
      if (this.at >= this.source.length) throw new UnreadablePattern('unclosed class');
      const first = this.classMember();
      if (first.length === 2) {
        ranges += first;
        continue;
      }
      if (this.source[this.at] === '-' && this.source[this.at + 1] !== ']' && this.at + 1 < this.source.length) {
        this.at++;
        const last = this.classMember();
        if (last.length !== 1 || last < first) throw new UnreadablePattern('bad range in class');
        ranges += first + last;
      } else ranges += first + first;
    }
    this.at++;
    return not ? { ranges, not: true } : { ranges };
  }

  /** One character of a class, or the ranges of `\d`/`\w`. */
  private classMember(): string {
    const c = this.source[this.at++]!;
    if (c !== '\\') return c;
    const escaped = this.source[this.at++] ?? '';
    if (escaped === 'd') return DIGIT;
    if (escaped === 'w') return WORD;
    if (/[\]\\^\-./_~]/.test(escaped)) return escaped;
    throw new UnreadablePattern(`escape \\${escaped} in class`);
  }

  /** The atom under its quantifier; an unquantified group is its steps. */
  private quantified(atom: PatternNode | PathPattern): PatternNode | PathPattern {
    const q = QUANTIFIER.exec(this.source.slice(this.at));
    if (!q) return atom;
    this.at += q[0].length;
    const repeat = Array.isArray(atom) ? atom : [atom];
    const kind = q[0][0];
    if (kind === '?') return { repeat, min: 0, max: 1 };
    if (kind === '*') return { repeat, min: 0 };
    if (kind === '+') return { repeat, min: 1 };
    const min = Number(q[1]);
    if (q[2] === undefined) return { repeat, min, max: min };
    if (q[3] === '') return { repeat, min };
    const max = Number(q[3]);
    if (max < min) throw new UnreadablePattern('numbers out of order in quantifier');
    return { repeat, min, max };
  }
}

/** One article path pattern as data; throws UnreadablePattern outside the subset read here. */
export function readPathPattern(source: string): PathPattern {
  return new PatternReader(source).read();
}

/** A site's article path patterns as one: a path is the site's article path if any of them accepts it. */
export function readPathPatterns(sources: readonly string[]): PathPattern {
  const patterns = sources.map(readPathPattern);
  return patterns.length === 1 ? patterns[0]! : [{ either: patterns }];
}

/**
 * One step of a path program: the pattern compiled into steps, each thread of which path-dfa.ts follows
 * at once to build the gate's automaton. The program accepts when a thread steps past its last step.
 */
export type ProgramStep =
  /** Consume one character within the ranges (or, with `not`, outside them). */
  | { ranges: string; not?: true }
  /** Go on both at the next step and at `fork`. */
  | { fork: number }
  /** Go on at `jump`. */
  | { jump: number }
  /** Go on only at the start of the path. */
  | { start: true }
  /** Go on only at the end of the path. */
  | { end: true };

export type PathProgram = ProgramStep[];

/** A path pattern as a program: characters one step each, alternatives and repeats as forks and jumps. */
export function compilePathPattern(pattern: PathPattern): PathProgram {
  const program: PathProgram = [];
  const sequence = (nodes: PathPattern) => nodes.forEach(node);
  /** A fork whose other branch is set once the code it skips is written. */
  const fork = () => {
    const step = { fork: -1 };
    program.push(step);
    return step;
  };
  function node(n: PatternNode): void {
    if ('text' in n) {
      for (let i = 0; i < n.text.length; i++) program.push({ ranges: n.text[i]! + n.text[i]! });
    } else if ('either' in n) {
      const exits: { jump: number }[] = [];
      n.either.forEach((option, k) => {
        if (k === n.either.length - 1) return sequence(option);
        const other = fork();
        sequence(option);
        const exit = { jump: -1 };
        program.push(exit);
        exits.push(exit);
        other.fork = program.length;
      });
      for (const exit of exits) exit.jump = program.length;
    } else if ('repeat' in n) {
      for (let i = 0; i < n.min; i++) sequence(n.repeat);
      if (n.max === undefined) {
        const loop = program.length;
        const out = fork();
        sequence(n.repeat);
        program.push({ jump: loop });
        out.fork = program.length;
      } else {
        // Each further copy is tried only after the one before it: skipping one skips the rest.
        const skips: { fork: number }[] = [];
        for (let i = n.min; i < n.max; i++) {
          skips.push(fork());
          sequence(n.repeat);
        }
        for (const skip of skips) skip.fork = program.length;
      }
    } else program.push(n);
  }
  sequence(pattern);
  return program;
}

/** What the site's gate tests addresses with (see GatePattern). */
export function gatePattern(adapter: Pick<SiteAdapter, 'articlePaths'>): GatePattern {
  const sources = adapter.articlePaths ?? [];
  if (sources.length === 0) return null;
  try {
    return compilePathDfa(compilePathPattern(readPathPatterns(sources)));
  } catch (e) {
    if (!(e instanceof UnreadablePattern) && !(e instanceof AutomatonTooLarge)) throw e;
    return sources.map((source) => `(?:${source})`).join('|');
  }
}
