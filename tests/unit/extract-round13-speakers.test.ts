// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';

describe('thirteenth round: who speaks a quote', () => {
  it('gives a quote to the person after a quoted nickname in the title, not to the nickname', () => {
    const text = '"We came to support the marchers and we will stay," said "Boston Five" veteran Carl Moss, whose arrest in 1971 made headlines.';
    const quote = extract(text).claims.find((c) => c.kind === 'quote');
    expect(quote?.attributedTo).toBe('Carl Moss');
  });
});
