/**
 * A path program (path-pattern.ts) turned at build time into a deterministic automaton held in three
 * strings, so that a site's gate tests an address with one loop over its characters: no RegExp (whose
 * first use in a fresh content-script world costs a share of the gate's millisecond), no arrays or
 * objects to build, no backtracking. Each state stands for the set of the program's threads alive at a
 * character; states are found from the start by following every class of character, so only sets that
 * some path can reach are made.
 */
import type { PathProgram } from './path-pattern';

// What a state says before its next character is read, one character per state in `flags`:
/** A thread has passed the program's last step: the path is accepted, whatever follows. */
const ACCEPT = 97; // a
/** The path is accepted if it ends here. */
const ACCEPT_AT_END = 101; // e
/** No thread can reach the end of the program any more: the path is refused. */
const DEAD = 100; // d
/** None of these. */
const GOING = 45; // -

/** A path automaton, as the gate's literal: strings are the cheapest constants a script can hold. */
export interface PathDfa {
  /** The first character code of each class of characters after the first (class k starts at cuts[k-1]). */
  cuts: string;
  /**
   * The state after a character of class k in state s, as the character code at s * (cuts.length + 1) + k
   * less STATE_BASE; only states with a way out (neither ACCEPT nor DEAD) have a row, and they come first.
   */
  table: string;
  /** A flag per state (ACCEPT, ACCEPT_AT_END, DEAD or GOING); state 0 is where every path starts. */
  flags: string;
}

/** Beyond this many states the site's gate keeps a RegExp: no adapter's patterns come near it. */
const MAX_DFA_STATES = 2_000;

/** The character code of state 0 in `table` ("0"): the first states, which most sites' automata stay within, are then digits and letters, one byte each in the gate's source. */
const STATE_BASE = 48;

/** Thrown for a program whose automaton would be larger than MAX_DFA_STATES. */
export class AutomatonTooLarge extends Error {}

/**
 * The program's automaton. A match may begin at any character, as with RegExp.prototype.test: each
 * state's threads include a fresh one at the program's first step (which a `start` step stops past the
 * path's first character).
 */
export function compilePathDfa(program: PathProgram): PathDfa {
  const cuts = characterCuts(program);
  const classes = cuts.length + 1;
  /** Each state's entry set (the steps its threads arrived at, before following forks and jumps), and whether it is the path's start. */
  const states: { entry: number[]; atStart: boolean }[] = [];
  const index = new Map<string, number>();
  const stateOf = (entry: number[], atStart: boolean): number => {
    const key = `${atStart ? '^' : ''}${entry.join(',')}`;
    let state = index.get(key);
    if (state === undefined) {
      if (states.length >= MAX_DFA_STATES) throw new AutomatonTooLarge(`more than ${MAX_DFA_STATES} states`);
      state = states.length;
      states.push({ entry, atStart });
      index.set(key, state);
    }
    return state;
  };
  stateOf([0], true);
  const next: number[][] = [];
  const reached: { accept: boolean; acceptAtEnd: boolean }[] = [];
  for (let s = 0; s < states.length; s++) {
    const { entry, atStart } = states[s]!;
    const { consuming, accept } = follow(program, entry, atStart, false);
    reached.push({ accept, acceptAtEnd: follow(program, entry, atStart, true).accept });
    const row: number[] = [];
    for (let k = 0; k < classes; k++) {
      const code = k === 0 ? 0 : cuts.charCodeAt(k - 1);
      const advanced = new Set<number>([0]);
      for (const step of consuming) if (accepts(program[step] as Consuming, code)) advanced.add(step + 1);
      row.push(accept ? s : stateOf([...advanced].sort((a, b) => a - b), false));
    }
    next.push(row);
  }
  const alive = statesThatCanAccept(next, reached);
  const flags = reached.map(({ accept, acceptAtEnd }, s) => (accept ? ACCEPT : !alive[s] ? DEAD : acceptAtEnd ? ACCEPT_AT_END : GOING));
  return written(...fewerClasses(cuts, ...fewestStates(next, flags)));
}

/** Whether the automaton accepts the path: as RegExp.prototype.test on the pattern the program came from. */
export function matchesPathDfa({ cuts, table, flags }: PathDfa, path: string): boolean {
  const classes = cuts.length + 1;
  let state = 0;
  for (let at = 0; ; at++) {
    const flag = flags.charCodeAt(state);
    if (flag === ACCEPT) return true;
    if (flag === DEAD) return false;
    if (at === path.length) return flag === ACCEPT_AT_END;
    const code = path.charCodeAt(at);
    let k = 0;
    while (k < cuts.length && code >= cuts.charCodeAt(k)) k++;
    state = table.charCodeAt(state * classes + k) - STATE_BASE;
  }
}

/**
 * The same automaton with states that answer alike on every path made one (Moore's refinement: start
 * from the flags, split a group while its members move to different groups on some class), the start
 * staying state 0. Accepting and dead states have no way out, so the gate's table has few rows.
 */
function fewestStates(next: number[][], flags: number[]): [number[][], number[]] {
  const moves = (s: number) => (flags[s] === ACCEPT || flags[s] === DEAD ? [] : next[s]!);
  let group = flags.slice();
  for (let count = new Set(group).size; ; ) {
    const signatures = new Map<string, number>();
    const refined = group.map((g, s) => {
      const signature = `${g}:${moves(s).map((t) => group[t]).join(',')}`;
      if (!signatures.has(signature)) signatures.set(signature, signatures.size);
      return signatures.get(signature)!;
    });
    group = refined;
    if (signatures.size === count) break;
    count = signatures.size;
  }
  // Renumber from the start: the states with a way out first (the table holds their rows alone), then the others.
  const reachable: number[] = [];
  const seen = new Set<number>();
  for (const visit = [0]; visit.length > 0; ) {
    const s = visit.shift()!;
    if (seen.has(group[s]!)) continue;
    seen.add(group[s]!);
    reachable.push(s);
    visit.push(...moves(s));
  }
  const order = [...reachable.filter((s) => moves(s).length > 0), ...reachable.filter((s) => moves(s).length === 0)];
  const number = new Map(order.map((s, n) => [group[s]!, n]));
  const table = order.filter((s) => moves(s).length > 0).map((s) => moves(s).map((t) => number.get(group[t]!)!));
  return [table, order.map((s) => flags[s]!)];
}

/** The cuts without those between two classes that every state treats alike (then one class). */
function fewerClasses(cuts: string, table: number[][], flags: number[]): [string, number[][], number[]] {
  const kept: number[] = [0];
  for (let k = 1; k <= cuts.length; k++) if (table.some((row) => row[k] !== row[kept[kept.length - 1]!])) kept.push(k);
  return [charsOf(kept.slice(1).map((k) => cuts.charCodeAt(k - 1))), table.map((row) => kept.map((k) => row[k]!)), flags];
}

/** The automaton as the gate's literal, states as characters from STATE_BASE on. */
function written(cuts: string, table: number[][], flags: number[]): PathDfa {
  return { cuts, table: charsOf(table.flat().map((s) => s + STATE_BASE)), flags: charsOf(flags) };
}

/** Character codes as a string, one at a time: a table of thousands of states is more than a call's arguments may hold. */
const charsOf = (codes: number[]): string => codes.map((code) => String.fromCharCode(code)).join('');

type Consuming = { ranges: string; not?: true };

function accepts({ ranges, not }: Consuming, code: number): boolean {
  let within = false;
  for (let i = 0; i < ranges.length && !within; i += 2) within = code >= ranges.charCodeAt(i) && code <= ranges.charCodeAt(i + 1);
  return within !== (not === true);
}

/** Where the program's ranges begin and end: characters between two cuts are alike to every step. */
function characterCuts(program: PathProgram): string {
  const cuts = new Set<number>();
  for (const step of program) {
    if (!('ranges' in step)) continue;
    for (let i = 0; i < step.ranges.length; i += 2) {
      cuts.add(step.ranges.charCodeAt(i));
      const after = step.ranges.charCodeAt(i + 1) + 1;
      if (after <= 0xffff) cuts.add(after);
    }
  }
  cuts.delete(0);
  return charsOf([...cuts].sort((a, b) => a - b));
}

/** The consuming steps reached from `entry` through forks, jumps and anchors, and whether the program's end is. */
function follow(program: PathProgram, entry: number[], atStart: boolean, atEnd: boolean): { consuming: number[]; accept: boolean } {
  const seen = new Set<number>();
  const pending = [...entry];
  const consuming: number[] = [];
  let accept = false;
  while (pending.length > 0) {
    const step = pending.pop()!;
    if (seen.has(step)) continue;
    seen.add(step);
    if (step === program.length) {
      accept = true;
      continue;
    }
    const s = program[step]!;
    if ('fork' in s) pending.push(step + 1, s.fork);
    else if ('jump' in s) pending.push(s.jump);
    else if ('start' in s) {
      if (atStart) pending.push(step + 1);
    } else if ('end' in s) {
      if (atEnd) pending.push(step + 1);
    } else consuming.push(step);
  }
  return { consuming: consuming.sort((a, b) => a - b), accept };
}

/** For each state, whether some path from it can still be accepted (else the gate can stop reading). */
function statesThatCanAccept(next: number[][], reached: { accept: boolean; acceptAtEnd: boolean }[]): boolean[] {
  const alive = reached.map(({ accept, acceptAtEnd }) => accept || acceptAtEnd);
  for (let changed = true; changed; ) {
    changed = false;
    next.forEach((row, s) => {
      if (!alive[s] && row.some((t) => alive[t])) changed = alive[s] = true;
    });
  }
  return alive;
}
