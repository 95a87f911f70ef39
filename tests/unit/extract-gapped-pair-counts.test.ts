// "… when unions counted N marchers and police M": the verb left out before the second speaker; each count is its own speaker's.
import { describe, expect, it } from 'vitest';
import { figureReporters } from './extract-helpers';

describe('a second speaker and count after "and", the verb left out', () => {
  it('gives the first count to the first speaker and the second to the second', () => {
    const text = 'Turnout has grown since the stoppage of May 4, when unions counted 52,000 marchers and police 9,000.';
    expect(figureReporters(text)).toEqual(['unions', 'police']);
  });

  it('leaves a second count of another thing, with no speaker before it, to the first speaker', () => {
    const text = 'Turnout has grown since the stoppage of May 4, when unions counted 52,000 marchers and 9,000 children.';
    expect(figureReporters(text)).not.toContain('police');
    expect(new Set(figureReporters(text)).size).toBe(1);
  });
});
