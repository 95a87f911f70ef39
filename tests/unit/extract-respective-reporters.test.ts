// "A and B said, putting it at N and M respectively": each count is its own speaker's, in order.
import { describe, expect, it } from 'vitest';
import { figureReporters } from './extract-helpers';

describe('two speakers and two counts paired by "respectively"', () => {
  it('gives the first count to the first speaker and the second to the second', () => {
    const text = 'The march through Varn on Friday was the largest yet, dock unions and port police said, putting the crowd at 52,000 and 9,000 respectively.';
    expect(figureReporters(text)).toEqual(['dock unions', 'port police']);
  });

  it('leaves the pair as one reporter where no "respectively" pairs the counts off', () => {
    const text = 'The march through Varn on Friday was the largest yet, dock unions and port police said, putting the crowd at 52,000 and 9,000.';
    expect(figureReporters(text)).not.toContain('port police');
  });
});
