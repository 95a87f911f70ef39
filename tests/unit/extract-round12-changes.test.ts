// Round 12: the direction of a change told with an average between the verb and the amount.
import { describe, expect, it } from 'vitest';
import { figure } from './extract-helpers';

describe('round 12: change over an average', () => {
  it('"blood pressure fell by an average of 10-15 percent" is a fall; "rose on average 4%" a rise', () => {
    expect(figure('In the trial, blood pressure fell by an average of 10-15 percent within a month.', '10-15 percent').change).toBe('fall');
    expect(figure('Rents rose on average 4% last year.', '4%').change).toBe('rise');
  });
});
