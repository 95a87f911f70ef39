// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { figures } from './extract-helpers';

/** The named source of each figure claim of `text`. */
const owners = (text: string): (string | null)[] => figures(extract(text)).map((c) => c.attributedTo);

describe('"X cited reports that …"', () => {
  it('makes X the source of what the reports are cited for', () => {
    expect(owners('Opposition senator Marta Quell cited reports that at least 40 fishermen are missing off the cape.')).toEqual(['Marta Quell']);
  });

  it('gives X nothing where "cited" names no report that tells something', () => {
    expect(owners('Opposition senator Marta Quell cited the 40 fishermen missing off the cape as proof of neglect.')).toEqual([null]);
  });
});
