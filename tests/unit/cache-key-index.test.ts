// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildIdIndex, buildKeyIndex, numberOfId, rangeUnder } from '../../src/cache/key-index';
import { indexOf, lowerBound, packStrings, stringAt } from '../../src/cache/packed-strings';

// Short strings over a small alphabet, so that prefixes, equal strings and near misses are common;
// with letters beyond Latin-1 and a surrogate pair, where code-unit order matters.
const word = fc.array(fc.constantFrom('a', 'b', 'ab', 'é', 'ж', '😀', ' ', 'Z'), { maxLength: 4 }).map((parts) => parts.join(''));

describe('packed strings', () => {
  it('finds every stored string, and places any other where `<` would', () => {
    fc.assert(
      fc.property(fc.uniqueArray(word, { maxLength: 40 }), word, (list, probe) => {
        const sorted = [...list].sort((a, b) => (a < b ? -1 : 1));
        const packed = packStrings(sorted);
        sorted.forEach((s, i) => {
          expect(stringAt(packed, i)).toBe(s);
          expect(indexOf(packed, s)).toBe(i);
        });
        expect(lowerBound(packed, probe)).toBe(sorted.filter((s) => s < probe).length);
        expect(indexOf(packed, probe)).toBe(sorted.indexOf(probe));
      }),
      { numRuns: 500 },
    );
  });
});

describe('key index', () => {
  it('lists, under each key, exactly the records that give it, once each and in record order', () => {
    fc.assert(
      fc.property(fc.array(fc.array(word, { maxLength: 5 }), { maxLength: 30 }), word, (keysOfRecords, probe) => {
        const index = buildKeyIndex(keysOfRecords.length, (r, add) => keysOfRecords[r]!.forEach(add));
        for (const key of new Set([...keysOfRecords.flat(), probe])) {
          const [from, to] = rangeUnder(index, key);
          const expected = keysOfRecords.flatMap((keys, r) => (keys.includes(key) ? [r] : []));
          expect(Array.from(index.numbers.subarray(from, to))).toEqual(expected);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finds each record by id, and no record for an id nobody has', () => {
    fc.assert(
      fc.property(fc.uniqueArray(word, { maxLength: 40 }), word, (ids, probe) => {
        const index = buildIdIndex(ids);
        ids.forEach((id, r) => expect(numberOfId(index, id)).toBe(r));
        expect(numberOfId(index, probe)).toBe(ids.indexOf(probe));
      }),
      { numRuns: 300 },
    );
  });
});
