// "according to <Body> standards": a norm a thing was done by, no source.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

const statementBy = (text: string) => extract(text).claims.find((c) => c.kind === 'statement')?.attributedTo ?? null;

describe('"according to <Body> standards"', () => {
  it('makes no statement of that body', () => {
    expect(statementBy('The water was found to be clean in tests carried out according to WHO standards in the spring of 2019.')).not.toBe('WHO');
  });
  it('keeps "according to <Body> figures" its report', () => {
    expect(statementBy('The water was found to be clean in 40 towns, according to WHO figures released in the spring of 2019.')).toBe('WHO');
  });
});
