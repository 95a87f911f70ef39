import { indexOf, packStrings, type PackedStrings } from './packed-strings';

/*
 * In-memory indexes of a pack, built at import and stored as a few long values (one string, a few
 * typed arrays) that load in one piece. They take the place of IndexedDB indexes: records are named
 * by number (their place in the pack's storage order), and a key is found by binary search.
 * Building them allocates little per record: an import indexes hundreds of thousands.
 */

/** Keys numbered in the order they are first met. */
export class Vocabulary {
  private readonly numbers = new Map<string, number>();
  readonly keys: string[] = [];

  number(key: string): number {
    let n = this.numbers.get(key);
    if (n === undefined) this.numbers.set(key, (n = this.keys.push(key) - 1));
    return n;
  }

  /** The keys sorted, and for each key number its place among them. */
  sorted(): { keys: PackedStrings; rank: Uint32Array } {
    const order = this.keys.map((_, i) => i).sort((a, b) => (this.keys[a]! < this.keys[b]! ? -1 : 1));
    const rank = new Uint32Array(order.length);
    order.forEach((n, i) => (rank[n] = i));
    return { keys: packStrings(order.map((n) => this.keys[n]!)), rank };
  }
}

/** Each record's key numbers, flat: record r has `keys[starts[r]]` up to `keys[starts[r + 1]]`, none twice. */
export interface KeyLists {
  starts: Uint32Array;
  keys: number[];
}

/** The key numbers of `count` records, each record's keys given through `add`. */
export function keyLists(count: number, vocabulary: Vocabulary, keysOf: (r: number, add: (key: string) => void) => void): KeyLists {
  const starts = new Uint32Array(count + 1);
  const keys: number[] = [];
  const lastRecord: number[] = []; // per key number: the last record that had it, so a record lists a key once
  let r = 0;
  const add = (key: string) => {
    const n = vocabulary.number(key);
    if (lastRecord[n] === r) return;
    lastRecord[n] = r;
    keys.push(n);
  };
  for (; r < count; r++) {
    keysOf(r, add);
    starts[r + 1] = keys.length;
  }
  return { starts, keys };
}

/** Key → records lists (records ascending) from records' key lists, keys in sorted order: a counting sort. */
export function postingsOf(lists: KeyLists, rank: Uint32Array): { starts: Uint32Array; numbers: Uint32Array } {
  const size = rank.length;
  const starts = new Uint32Array(size + 1);
  for (const n of lists.keys) starts[rank[n]! + 1]!++;
  for (let k = 0; k < size; k++) starts[k + 1]! += starts[k]!;
  const next = starts.slice(0, size);
  const numbers = new Uint32Array(starts[size]!);
  for (let r = 0; r + 1 < lists.starts.length; r++) {
    for (let i = lists.starts[r]!; i < lists.starts[r + 1]!; i++) numbers[next[rank[lists.keys[i]!]!]!++] = r;
  }
  return { starts, numbers };
}

/** Keys (sorted) and, for each, the records that have it: the records under key k are `numbers[starts[k]]` up to `numbers[starts[k + 1]]`. */
export interface KeyIndex {
  keys: PackedStrings;
  starts: Uint32Array;
  numbers: Uint32Array;
}

/** The index of the keys each of `count` records gives through `add`. */
export function buildKeyIndex(count: number, keysOf: (r: number, add: (key: string) => void) => void): KeyIndex {
  const vocabulary = new Vocabulary();
  const lists = keyLists(count, vocabulary, keysOf);
  const { keys, rank } = vocabulary.sorted();
  return { keys, ...postingsOf(lists, rank) };
}

/** Where the records under `key` are in `index.numbers`, as [from, to) (empty when none has it). */
export function rangeUnder(index: KeyIndex, key: string): [number, number] {
  const i = indexOf(index.keys, key);
  return i < 0 ? [0, 0] : [index.starts[i]!, index.starts[i + 1]!];
}

/** Ids (sorted, each once) and the number of the record with each. */
export interface IdIndex {
  ids: PackedStrings;
  numbers: Uint32Array;
}

export function buildIdIndex(ids: readonly string[]): IdIndex {
  const order = ids.map((_, i) => i).sort((a, b) => (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0));
  return { ids: packStrings(order.map((i) => ids[i]!)), numbers: Uint32Array.from(order) };
}

/** The number of the record with `id`, or -1. */
export function numberOfId(index: IdIndex, id: string): number {
  const i = indexOf(index.ids, id);
  return i < 0 ? -1 : index.numbers[i]!;
}
