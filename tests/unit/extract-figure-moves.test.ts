// A level a count may rise to, a percentage restating a move "from … to …", and a difference "N more than".
import { describe, expect, it } from 'vitest';
import { figure } from './extract-helpers';

describe('levels, moves and differences', () => {
  it('reads "could rise to 18" as the level itself', () => {
    expect(figure('The number of victims could rise to 18, officials said.', '18').comparator).toBe('=');
  });
  it('gives a percentage restating a move its direction', () => {
    expect(figure('The deal sent shares up Friday from $12.10 to $13.40, more than 10 percent, in late trading.', 'more than 10 percent').change).toBe('rise');
    expect(figure('The news sent shares down Friday from $13.40 to $12.10, nearly 10 percent.', 'nearly 10 percent').change).toBe('fall');
  });
  it('keeps a difference after a dash as a figure', () => {
    const text = 'The Ports Agency said on Friday that 4,120 people died - 1650 more than the number cited by the Coast Guard.';
    expect(figure(text, '1650').value).toBe(1650);
  });
});
