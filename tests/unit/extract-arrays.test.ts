// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { mapped } from '../../src/extract/arrays';

describe('mapped', () => {
  it('gives what map gives, each item with its index', () => {
    const words = ['ostra', 'varn', 'kelmor'];
    expect(mapped(words, (w, i) => `${i}:${w}`)).toEqual(words.map((w, i) => `${i}:${w}`));
    expect(mapped([], (w: string) => w.length)).toEqual([]);
  });
});
